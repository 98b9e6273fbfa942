package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import com.linecorp.bot.webhook.model.EventMode;
import com.linecorp.bot.webhook.model.JoinEvent;
import com.linecorp.bot.webhook.model.LeaveEvent;
import com.linecorp.bot.webhook.model.MessageEvent;
import com.linecorp.bot.webhook.model.PostbackEvent;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UnsendEvent;

import th.reportbot.chat.PostbackData;
import th.reportbot.line.InboundEvents;
import th.reportbot.line.ReceivedEvent;
import th.reportbot.parse.Outcome;
import th.reportbot.report.Answer;
import th.reportbot.report.ChatEvent;
import th.reportbot.report.ChatDirectory;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.report.Submission;
import th.reportbot.report.VersionRef;
import th.reportbot.report.Weeks;
import th.reportbot.roster.Organisation;

/**
 * Stores one event with what it changes, on the request thread, and says what to answer. Throws
 * {@code StoreUnavailableException} when Redis cannot be reached: the webhook then answers 503.
 */
@Component
class EventProcessor implements InboundEvents {
    private final ReportDesks desks;
    private final ChatDirectory chats;
    private final DistrictBinding districtBinding;
    private final StaleEvents stale;
    private final Map<Command, CommandHandler> commands = new EnumMap<>(Command.class);
    /** Groups already in the chat directory, so that most events cost no extra Redis call. */
    private final Set<String> knownGroups = ConcurrentHashMap.newKeySet();

    EventProcessor(ReportDesks desks, ChatDirectory chats, DistrictBinding districtBinding, StaleEvents stale,
                   List<CommandHandler> handlers) {
        this.desks = desks;
        this.chats = chats;
        this.districtBinding = districtBinding;
        this.stale = stale;
        handlers.forEach(h -> commands.put(h.command(), h));
    }

    @Override
    public Reply handle(ReceivedEvent received) {
        ChatEvent event = received.record();
        if (stale.isStale(event)) {
            desks.refuse(event, StaleEvents.REASON); // a late replay must not bring back what was withdrawn
            return Reply.NONE;
        }
        if (received.event().mode() == EventMode.STANDBY) {
            desks.record(chatter(event)); // another channel answers this chat
            return Reply.NONE;
        }
        trackGroup(received);
        Optional<Reply> myId = myId(received);
        if (myId.isPresent()) {
            return myId.get();
        }
        Optional<ReportDesk> desk = desks.forChat(event.chatId());
        if (desk.isEmpty()) {
            return withoutDistrict(received);
        }
        ReportDesk d = desk.get();
        if (received.event() instanceof MessageEvent m && m.message() instanceof TextMessageContent t) {
            return text(d, event, received.userId(), t);
        }
        if (received.event() instanceof PostbackEvent pb) {
            Optional<PostbackData> data = PostbackData.parse(pb.postback() == null ? null : pb.postback().data());
            if (data.isPresent()) {
                PostbackData a = data.get();
                return confirmation(d, event, received.userId(), a.key(), a.id(), a.yes());
            }
            d.record(event);
            return Reply.NONE;
        }
        if (received.event() instanceof UnsendEvent u && u.unsend() != null) {
            d.unsend(event, u.unsend().messageId());
            return Reply.NONE;
        }
        if ("messageEdited".equals(event.type())) {
            return edited(d, event, received);
        }
        if (received.event() instanceof JoinEvent) {
            return d.joined(event) ? Reply.Sentence.of("greeting", d.district().name()) : Reply.NONE;
        }
        if (received.event() instanceof LeaveEvent) {
            d.left(event);
            return Reply.NONE;
        }
        d.record(chatter(event));
        return Reply.NONE;
    }

    /** A message the bot does not read (a sticker, a photo, a location, a file…) is kept as metadata only. */
    private static ChatEvent chatter(ChatEvent event) {
        return event.isMessage() ? event.asIgnored() : event;
    }

    /** The scheduler reminds the groups the bot is in, and stops when it leaves one. */
    private void trackGroup(ReceivedEvent received) {
        if (!received.fromGroup()) {
            return;
        }
        String group = received.record().chatId();
        if (received.event() instanceof LeaveEvent) {
            chats.forgetGroup(group);
            knownGroups.remove(group);
        } else if (knownGroups.add(group)) {
            chats.rememberGroup(group);
        }
    }

    @Override
    public void keepRaw(ReceivedEvent received) {
        desks.record(received.record());
    }

    /**
     * "ไอดีของฉัน": the sender's LINE user id, which an operator puts in the roster's officers. Given only in a
     * one-to-one chat with the bot, so that it is not posted to a group.
     */
    private Optional<Reply> myId(ReceivedEvent received) {
        if (!(received.event() instanceof MessageEvent m && m.message() instanceof TextMessageContent t)
                || Command.parse(CommandText.of(t)).filter(c -> c.command() == Command.MY_ID).isEmpty()) {
            return Optional.empty();
        }
        boolean fresh = desks.record(received.record());
        Reply reply = "user".equals(received.sourceType()) && received.userId() != null
                ? Reply.Sentence.of("my-id", received.userId()) : Reply.Sentence.of("my-id.in-group");
        return Optional.of(CommandHandler.ifNew(fresh, reply));
    }

    /** A chat no district officer has bound yet: only binding and "ไอดีของฉัน" are answered, and a report with how. */
    private Reply withoutDistrict(ReceivedEvent received) {
        ChatEvent event = received.record();
        if (received.event() instanceof MessageEvent m && m.message() instanceof TextMessageContent t) {
            Optional<Command.Call> command = Command.parse(CommandText.of(t));
            if (command.isPresent() && command.get().command() == Command.BIND_DISTRICT) {
                return districtBinding.bind(event, received.userId(), command.get().argument());
            }
            // Any district's parser tells a report from chatter (a count it cannot place is an ASK, not an IGNORE);
            // asking one keeps a bot of many districts from reading each message once per district.
            boolean looksLikeAReport = desks.first().parser().parse(t.text() == null ? "" : t.text(), null,
                    Weeks.dayOf(Instant.ofEpochMilli(event.timestamp()))).outcome() != Outcome.IGNORE;
            boolean answered = looksLikeAReport || command.isPresent();
            boolean stored = desks.record(answered ? event : event.asIgnored());
            return stored && answered ? Reply.Sentence.of("district.unbound", openingCommand()) : Reply.NONE;
        }
        boolean stored = desks.record(chatter(event));
        return stored && received.event() instanceof JoinEvent ? Reply.Sentence.of("district.greeting", openingCommand())
                : Reply.NONE;
    }

    /** What an officer types to let a group report: the district's name is needed only when the bot serves several. */
    private String openingCommand() {
        return desks.single() ? Command.BIND_DISTRICT.thai() : Command.BIND_DISTRICT.thai() + " อำเภอ...";
    }


    private Reply text(ReportDesk desk, ChatEvent event, String userId, TextMessageContent message) {
        Optional<Command.Call> command = Command.parse(CommandText.of(message));
        if (command.isPresent()) {
            return command(desk, event, userId, command.get());
        }
        String text = message.text() == null ? "" : message.text();
        Optional<Boolean> typed = TypedAnswer.of(text);
        if (typed.isPresent() && userId != null && desk.pendingOf(event.chatId(), userId).isPresent()) {
            return confirmation(desk, event, userId, userId, null, typed.get());
        }
        Submission s = desk.submit(event, userId, message.id(), text);
        return answer(desk, event, s);
    }

    /** A tap on a held report's buttons, or "ใช่" / "ไม่ใช่" typed by its sender. */
    private Reply confirmation(ReportDesk desk, ChatEvent event, String userId, String key, String id, boolean yes) {
        Answer a = desk.answer(event, userId, key, id, yes, desk.district().isOfficer(userId));
        return switch (a.kind()) {
            case STORED -> answer(desk, event, a.stored());
            case DROPPED -> Reply.Sentence.of("confirm.dropped");
            case NOT_YOURS -> Reply.Sentence.of("confirm.not-yours");
            case LAPSED -> Reply.Sentence.of("confirm.lapsed", a.pending().week());
            case GONE -> Reply.Sentence.of("confirm.gone");
            case DUPLICATE -> Reply.NONE;
        };
    }

    private Reply answer(ReportDesk desk, ChatEvent event, Submission s) {
        if (s.duplicate()) {
            return Reply.NONE;
        }
        if (s.outcome() == Outcome.ASK) {
            return new Reply.WhichOrganisation(s, desk.district());
        }
        if (s.outcome() != Outcome.REPORT) {
            return Reply.NONE;
        }
        if (s.outOfRange() != null) {
            return new Reply.OutOfRange(s, desk.district());
        }
        if (s.tooLate() != null) {
            return Reply.Sentence.of("week.too-late", s.tooLate().week(), s.tooLate().orgName());
        }
        if (s.held() != null) {
            return new Reply.Question(s);
        }
        LocalDate week = s.week();
        boolean beforeDeadline = Instant.ofEpochMilli(event.timestamp())
                .isBefore(desk.district().schedule().deadline(week).atZone(Weeks.BANGKOK).toInstant());
        return new Reply.Confirmation(s, desk.district(), beforeDeadline,
                s.completesWeek() ? desk.table(event.chatId(), week) : null);
    }

    private Reply command(ReportDesk desk, ChatEvent event, String userId, Command.Call call) {
        CommandHandler handler = commands.get(call.command());
        if (handler == null) {
            throw new IllegalStateException("Command without handling: " + call.command());
        }
        if (handler.recordsFirst() && !desk.record(event)) {
            return Reply.NONE; // a redelivered command is answered once
        }
        return handler.answer(new CommandHandler.Call(desk, event, userId, call.argument(),
                Weeks.fridayOf(Instant.ofEpochMilli(event.timestamp()))));
    }

    /** LINE's messageEdited: the edited text is read again; its reports replace the ones it carried. */
    private Reply edited(ReportDesk desk, ChatEvent event, ReceivedEvent received) {
        ReceivedEvent.EditedText edit = received.edited();
        if (edit == null) {
            desk.record(event);
            return Reply.NONE;
        }
        String messageId = edit.messageId();
        List<VersionRef> before = desk.carriedBy(event.chatId(), messageId);
        Submission s = desk.edit(event, received.userId(), messageId, edit.text());
        if (!s.duplicate() && s.outcome() != Outcome.REPORT && !before.isEmpty()) {
            List<String> names = before.stream().map(v -> desk.district().organisation(v.orgId())
                    .map(Organisation::name).orElse(v.orgId())).distinct().toList();
            return new Reply.EditWithdrawn(names);
        }
        return s.outcome() == Outcome.ASK ? Reply.NONE : answer(desk, event, s);
    }

}
