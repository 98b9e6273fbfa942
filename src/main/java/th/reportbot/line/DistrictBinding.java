package th.reportbot.line;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.reportbot.report.ChatEvent;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;

/**
 * "ผูกอำเภอ ชื่อ": a district officer binds a group to their district, when the bot serves several. Answers the command
 * in an unbound group and in a bound one alike.
 */
@Component
class DistrictBinding implements CommandHandler {
    private final ReportDesks desks;
    private final BotSentences say;

    DistrictBinding(ReportDesks desks, BotSentences say) {
        this.desks = desks;
        this.say = say;
    }

    @Override
    public Command command() {
        return Command.BIND_DISTRICT;
    }

    @Override
    public boolean recordsFirst() {
        return false;
    }

    @Override
    public Reply answer(Call call) {
        if (desks.single()) {
            return CommandHandler.textIfNew(call.desk().record(call.event()),
                    say.say("district.only-one", call.desk().district().name()));
        }
        return bind(call.event(), call.userId(), call.argument());
    }

    /** Binds the event's chat to the district named, if the sender is one of its officers. */
    Reply bind(ChatEvent event, String userId, String name) {
        Optional<ReportDesk> target = desks.named(name);
        if (target.isEmpty()) {
            return CommandHandler.textIfNew(desks.record(event), say.say("district.unknown", name));
        }
        ReportDesk d = target.get();
        if (!d.district().isOfficer(userId)) {
            return CommandHandler.textIfNew(desks.record(event), say.say("district.officers-only", d.district().name()));
        }
        return CommandHandler.textIfNew(desks.bindChat(event, d), say.say("district.bound", d.district().name()));
    }
}
