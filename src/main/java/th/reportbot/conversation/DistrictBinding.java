package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.reportbot.report.ChatEvent;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;

/**
 * "เปิดรับรายงาน อำเภอชื่อ" or the older "ผูกอำเภอ ชื่อ" (either word alone when the bot serves one district): a district
 * officer lets a group take part in their district's reporting. Answers the command in an unbound group and in a bound one alike.
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
        return bind(call.event(), call.userId(), call.argument());
    }

    /** Binds the event's chat to the district named, if the sender is one of its officers. */
    Reply bind(ChatEvent event, String userId, String name) {
        Optional<ReportDesk> target = desks.named(name);
        if (target.isEmpty()) {
            return CommandHandler.ifNew(desks.record(event), Reply.Sentence.of("district.unknown", name));
        }
        ReportDesk d = target.get();
        if (d.district().officers().isEmpty()) {
            return CommandHandler.ifNew(desks.record(event), Reply.Sentence.of("district.no-officers", d.district().name(),
                    Command.BIND_DISTRICT.thai()));
        }
        if (!d.district().isOfficer(userId)) {
            return CommandHandler.ifNew(desks.record(event),
                    Reply.Sentence.of("district.officers-only", d.district().name()));
        }
        return CommandHandler.ifNew(desks.bindChat(event, d), Reply.Sentence.of("district.bound", d.district().name()));
    }
}
