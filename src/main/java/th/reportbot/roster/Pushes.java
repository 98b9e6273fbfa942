package th.reportbot.roster;

/**
 * Which of a district's scheduled pushes are on. Each push costs the channel's monthly quota one message per group
 * member; a district that cannot afford one switches it off in its roster ({@code schedule.push}). All on by default.
 * The table's time stays the deadline when its push is off.
 */
public record Pushes(boolean morningReminder, boolean missingReminder, boolean fridayTable) {
    public static final Pushes ALL = new Pushes(true, true, true);
}
