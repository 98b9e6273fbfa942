package th.reportbot.parse;

import th.reportbot.roster.Organisation;

/**
 * Where a message names an organisation of the roster.
 *
 * @param tambon written as a tambon ("ต.โรงเข้"): a part of an organisation's area, not a report of its own
 */
record Mention(Organisation org, int start, int end, boolean tambon) {
}
