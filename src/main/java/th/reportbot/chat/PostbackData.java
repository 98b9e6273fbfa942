package th.reportbot.chat;

import java.util.Optional;

import th.reportbot.report.Pending;

/**
 * What a confirmation button sends back in its postback: {@code rb:yes|<key>|<id>} or {@code rb:no|<key>|<id>}, the
 * held report's key (its sender) and id (the message's event). LINE allows 300 characters of data; ids are short.
 */
public record PostbackData(boolean yes, String key, String id) {
    private static final String YES = "rb:yes|";
    private static final String NO = "rb:no|";

    static String of(Pending p, boolean yes) {
        return (yes ? YES : NO) + p.key() + "|" + p.id();
    }

    public static Optional<PostbackData> parse(String data) {
        if (data == null || !(data.startsWith(YES) || data.startsWith(NO))) {
            return Optional.empty();
        }
        boolean yes = data.startsWith(YES);
        String[] parts = data.substring(yes ? YES.length() : NO.length()).split("\\|", 2);
        return parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank()
                ? Optional.of(new PostbackData(yes, parts[0], parts[1])) : Optional.empty();
    }
}
