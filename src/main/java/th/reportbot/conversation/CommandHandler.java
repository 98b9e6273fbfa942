package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import java.time.LocalDate;

import th.reportbot.report.ChatEvent;
import th.reportbot.report.ReportDesk;

/**
 * One command the bot answers. A command that changes nothing is recorded before it is answered ({@link #recordsFirst}),
 * by the one guard in {@link EventProcessor}; one that changes something records its event with that change.
 */
interface CommandHandler {

    /** What a command runs with: the chat's desk, the event, the sender, the text after the command, the week. */
    record Call(ReportDesk desk, ChatEvent event, String userId, String argument, LocalDate week) {
    }

    Command command();

    /** True when the command changes nothing: the event is recorded first, and a duplicate gets no answer. */
    default boolean recordsFirst() {
        return true;
    }

    Reply answer(Call call);

    /** The reply, only when the event was new (a redelivered command is not answered twice). */
    static Reply ifNew(boolean fresh, Reply reply) {
        return fresh ? reply : Reply.NONE;
    }
}
