package th.reportbot.parse;

import th.reportbot.roster.Organisation;

/** The stretch of a message that speaks of one organisation: from just after its name to the next one's name. */
record Segment(Organisation org, int start, int end) {
    boolean contains(int position) {
        return position >= start && position < end;
    }
}
