package th.reportbot.report;

import java.util.Set;

/**
 * The groups the bot is in: remembered when one is heard from, forgotten when the bot leaves it. The scheduler and
 * the dashboard list them. Every method may throw {@link StoreUnavailableException}.
 */
public interface ChatDirectory {

    /** The groups the bot has heard from and not left. */
    Set<String> groups();

    void rememberGroup(String chatId);

    void forgetGroup(String chatId);
}
