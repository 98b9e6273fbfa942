package th.reportbot.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed list of words, bucketed by their first and last characters, so that asking whether a place in a message
 * starts or ends with one of them looks only at the few words that could.
 */
final class WordList {
    /** Characters below this (ASCII and Thai among them) index an array; the rest a map. */
    private static final int DIRECT = 0x1000;
    private static final String[] NONE = new String[0];

    private final String[][] firstDirect = new String[DIRECT][];
    private final String[][] lastDirect = new String[DIRECT][];
    private final Map<Character, String[]> firstOther = new HashMap<>();
    private final Map<Character, String[]> lastOther = new HashMap<>();

    WordList(List<String> words) {
        Map<Character, List<String>> first = new HashMap<>();
        Map<Character, List<String>> last = new HashMap<>();
        for (String w : words) {
            first.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
            last.computeIfAbsent(w.charAt(w.length() - 1), c -> new ArrayList<>()).add(w);
        }
        fill(first, firstDirect, firstOther);
        fill(last, lastDirect, lastOther);
    }

    private static void fill(Map<Character, List<String>> buckets, String[][] direct, Map<Character, String[]> other) {
        buckets.forEach((c, list) -> {
            String[] array = list.toArray(NONE);
            if (c < DIRECT) {
                direct[c] = array;
            } else {
                other.put(c, array);
            }
        });
    }

    private String[] starting(char c) {
        String[] words = c < DIRECT ? firstDirect[c] : firstOther.get(c);
        return words == null ? NONE : words;
    }

    private String[] ending(char c) {
        String[] words = c < DIRECT ? lastDirect[c] : lastOther.get(c);
        return words == null ? NONE : words;
    }

    /** The length of the longest of the words that starts at {@code at}, or 0. */
    int longestAt(CharSequence text, int at) {
        if (at >= text.length()) {
            return 0;
        }
        int longest = 0;
        for (String w : starting(text.charAt(at))) {
            if (w.length() > longest && at + w.length() <= text.length() && regionEquals(text, at, w)) {
                longest = w.length();
            }
        }
        return longest;
    }

    /**
     * Whether nothing is left of {@code text} once these words and everything that is not a letter are taken away.
     * The words are taken longest first at each place, left to right.
     */
    boolean coversAllLetters(CharSequence text) {
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int n = longestAt(text, i);
            if (n == 0) {
                return false;
            }
            i += n;
        }
        return true;
    }

    private static boolean regionEquals(CharSequence text, int at, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (text.charAt(at + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} has one of the words starting at {@code at}. */
    boolean startsAt(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        for (String w : starting(text.charAt(at))) {
            if (text.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code text} has one of the words ending at {@code end} (exclusive); a Latin word must not be the tail of
     * a longer Latin word ("ID" ends "THAID" but does not count there).
     */
    boolean endsAt(String text, int end) {
        if (end <= 0) {
            return false;
        }
        for (String w : ending(text.charAt(end - 1))) {
            int at = end - w.length();
            if (at >= 0 && text.startsWith(w, at) && (!isLatin(w.charAt(0)) || at == 0 || !isLatin(text.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Where the last of the words starts within {@code [from, to)}, or -1. */
    int lastStartIn(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            for (String w : starting(text.charAt(i))) {
                if (i + w.length() <= to && text.startsWith(w, i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
