package th.reportbot.line;

import org.springframework.stereotype.Component;

import th.reportbot.parse.OrganisationName;

/** "ผูก อบต.ชื่อ": binds the sender to their organisation, so that a bare count is enough afterwards. */
@Component
class BindCommand implements CommandHandler {
    private final ReplyWriter writer;

    BindCommand(ReplyWriter writer) {
        this.writer = writer;
    }

    @Override
    public Command command() {
        return Command.BIND;
    }

    @Override
    public boolean recordsFirst() {
        return false;
    }

    @Override
    public Reply answer(Call call) {
        OrganisationName name = call.desk().parser().organisationNamed(call.argument());
        if (name.org() != null && call.userId() != null) {
            return CommandHandler.textIfNew(call.desk().bind(call.event(), call.userId(), name.org()),
                    writer.bound(name.org()));
        }
        String text = name.unknown() != null ? writer.unknownOrganisation(name.unknown(), call.desk().district())
                : writer.bindWhich();
        return CommandHandler.textIfNew(call.desk().record(call.event()), text);
    }
}
