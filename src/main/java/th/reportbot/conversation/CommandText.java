package th.reportbot.conversation;

import java.util.Comparator;
import java.util.List;

import com.linecorp.bot.webhook.model.Mentionee;
import com.linecorp.bot.webhook.model.TextMessageContent;
import com.linecorp.bot.webhook.model.UserMentionee;

/** A text message as the bot reads it: without the @mentions of the bot itself, trimmed. */
final class CommandText {
    private CommandText() {
    }

    static String of(TextMessageContent message) {
        String text = message.text() == null ? "" : message.text();
        if (message.mention() != null && message.mention().mentionees() != null) {
            List<Mentionee> self = message.mention().mentionees().stream()
                    .filter(m -> m instanceof UserMentionee u && Boolean.TRUE.equals(u.isSelf()))
                    .filter(m -> m.index() != null && m.length() != null)
                    .sorted(Comparator.comparing(Mentionee::index).reversed())
                    .toList();
            StringBuilder sb = new StringBuilder(text);
            for (Mentionee m : self) {
                int from = Math.max(0, Math.min(m.index(), sb.length()));
                int to = Math.max(from, Math.min(m.index() + m.length(), sb.length()));
                sb.delete(from, to);
            }
            text = sb.toString();
        }
        return text.strip();
    }
}
