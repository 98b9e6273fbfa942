package th.reportbot.parse;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over things sorted by where they start in the message. */
final class Positions {
    private Positions() {
    }

    /** The index of the first item starting at or after {@code position}; the list's size if none does. */
    static <T> int firstAtOrAfter(List<T> sorted, int position, ToIntFunction<T> start) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start.applyAsInt(sorted.get(mid)) < position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
