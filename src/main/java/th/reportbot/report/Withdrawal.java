package th.reportbot.report;

import th.reportbot.roster.Organisation;

/**
 * The result of "ยกเลิก": the withdrawn version, and the one the table shows now (or null).
 *
 * @param withdrawn null when the sender had nothing to withdraw this week
 */
public record Withdrawal(Organisation org, StoredReport withdrawn, StoredReport nowShown, boolean duplicate) {
}
