package th.reportbot.conversation;

import th.reportbot.chat.Reply;
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

    DistrictBinding(ReportDesks desks) {
        this.desks = desks;
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
            return CommandHandler.ifNew(call.desk().record(call.event()),
                    Reply.Sentence.of("district.only-one", call.desk().district().name()));
        }
        return bind(call.event(), call.userId(), call.argument());
    }

    /** Binds the event's chat to the district named, if the sender is one of its officers. */
    Reply bind(ChatEvent event, String userId, String name) {
        Optional<ReportDesk> target = desks.named(name);
        if (target.isEmpty()) {
            return CommandHandler.ifNew(desks.record(event), Reply.Sentence.of("district.unknown", name));
        }
        ReportDesk d = target.get();
        if (!d.district().isOfficer(userId)) {
            return CommandHandler.ifNew(desks.record(event),
                    Reply.Sentence.of("district.officers-only", d.district().name()));
        }
        return CommandHandler.ifNew(desks.bindChat(event, d), Reply.Sentence.of("district.bound", d.district().name()));
    }
}
