package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import org.springframework.stereotype.Component;

import th.reportbot.roster.Organisation;

/** "ลบหน่วยงานของฉัน" (or the older "เลิกผูก"): forgets the organisation the sender reports for. */
@Component
class UnbindCommand implements CommandHandler {
    @Override
    public Command command() {
        return Command.UNBIND;
    }

    @Override
    public boolean recordsFirst() {
        return false;
    }

    @Override
    public Reply answer(Call call) {
        Organisation bound = call.desk().boundOrg(call.event().chatId(), call.userId()).orElse(null);
        return CommandHandler.ifNew(call.desk().unbind(call.event(), call.userId()), new Reply.Unbound(bound));
    }
}
