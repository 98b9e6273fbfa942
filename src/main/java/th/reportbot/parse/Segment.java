package th.reportbot.parse;

import th.reportbot.roster.Organisation;

/**
 * The stretch of a message that speaks of one organisation: from just after its name to the next one's name, or the
 * whole message when it names one organisation.
 *
 * @param nameStart where the name that opens it starts, or -1 (the sender's own organisation, not named)
 */
record Segment(Organisation org, int start, int end, int nameStart) {
    boolean contains(int position) {
        return position >= start && position < end;
    }
}
