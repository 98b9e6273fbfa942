package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import org.springframework.stereotype.Component;

import th.reportbot.parse.OrganisationName;

/**
 * "หน่วยงานของฉัน อบต.ชื่อ" (or the older "ผูก อบต.ชื่อ"): sets the organisation the sender reports for, so that a bare
 * count is enough afterwards.
 */
@Component
class BindCommand implements CommandHandler {
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
            return CommandHandler.ifNew(call.desk().bind(call.event(), call.userId(), name.org()),
                    new Reply.Bound(name.org()));
        }
        Reply reply = name.unknown() != null ? new Reply.UnknownOrganisation(name.unknown(), call.desk().district())
                : Reply.Sentence.of("bind.which");
        return CommandHandler.ifNew(call.desk().record(call.event()), reply);
    }
}
