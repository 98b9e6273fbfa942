package th.reportbot.line;

import th.reportbot.chat.Reply;

/**
 * Where the webhook hands each event it has read: the conversation stores it and decides what to answer. Throws
 * {@code StoreUnavailableException} when Redis cannot be reached; the webhook then answers 503.
 */
public interface InboundEvents {

    /** Stores the event with what it changes, and says what to answer. */
    Reply handle(ReceivedEvent event);

    /** Stores the event alone, as it arrived: the fallback when handling it failed. */
    void keepRaw(ReceivedEvent event);
}
