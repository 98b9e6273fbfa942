package th.reportbot.line;

import org.springframework.stereotype.Component;

import th.reportbot.roster.Organisation;

/** "เลิกผูก": forgets the sender's binding to an organisation. */
@Component
class UnbindCommand implements CommandHandler {
    private final ReplyWriter writer;

    UnbindCommand(ReplyWriter writer) {
        this.writer = writer;
    }

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
        return CommandHandler.textIfNew(call.desk().unbind(call.event(), call.userId()), writer.unbound(bound));
    }
}
