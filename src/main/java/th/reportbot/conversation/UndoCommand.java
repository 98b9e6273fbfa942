package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import org.springframework.stereotype.Component;

import th.reportbot.report.Withdrawal;

/** "ยกเลิก": withdraws the sender's newest report of this week; the one before it comes back. */
@Component
class UndoCommand implements CommandHandler {
    @Override
    public Command command() {
        return Command.UNDO;
    }

    @Override
    public boolean recordsFirst() {
        return false;
    }

    @Override
    public Reply answer(Call call) {
        Withdrawal w = call.desk().undo(call.event(), call.userId());
        return CommandHandler.ifNew(!w.duplicate(), new Reply.Withdrawn(w));
    }
}
