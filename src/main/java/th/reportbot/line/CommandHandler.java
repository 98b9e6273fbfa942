package th.reportbot.line;

import java.time.LocalDate;
import java.util.List;

import com.linecorp.bot.messaging.model.TextMessage;

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

    /** A text reply, only when the event was new (a redelivered command is not answered twice). */
    static Reply textIfNew(boolean fresh, String text) {
        return fresh ? () -> List.of(new TextMessage(text)) : Reply.NONE;
    }
}
