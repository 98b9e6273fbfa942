package th.reportbot.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;

/**
 * Finds the roster's organisations in a normalised message: by canonical name, alias, or bare place name, with or
 * without a prefix. Also finds prefixed names that are not in the roster ("อบต.บางกระเจ้า").
 */
final class OrganisationFinder {
    private static final Pattern PREFIXED_NAME = Pattern.compile("(?:อบต\\.|ทต\\.)([ก-๎]{2,40})");
    /** "อบต.ทุกแห่ง", "อบต.ละ 1 คน", "อบต.ในเขตอำเภอ": words about organisations in general, not a name. */
    private static final List<String> GENERIC = List.of("ทุก", "ละ", "ใน", "ที่", "และ", "ต่าง", "ทั้ง", "แต่ละ", "หรือ",
            "ไหน", "อื่น", "นั้น", "นี้", "เดียว", "ของ", "จะ", "ได้", "ก็", "ยัง", "ส่ง", "ช่วย");
    private static final List<String> PREFIXES = List.of("อบต.", "ทต.");
    private static final String[] NOT_AN_ORGANISATION_BEFORE = {"อำเภอ", "อ.", "จังหวัด", "จ."};

    private record Surface(String text, Organisation org) {
    }

    private final List<Surface> surfaces;

    OrganisationFinder(District district) {
        List<Surface> list = new ArrayList<>();
        for (Organisation org : district.organisations()) {
            list.add(new Surface(bare(org.name()), org));
            for (String alias : org.aliases()) {
                list.add(new Surface(bare(alias), org));
            }
            for (String place : org.places()) {
                list.add(new Surface(place, org));
            }
        }
        list.sort(Comparator.comparingInt((Surface s) -> s.text().length()).reversed());
        this.surfaces = list.stream().filter(s -> !s.text().isBlank()).distinct().toList();
    }

    /** The name without its prefix, in the normalised spelling ("เทศบาลตำบลบ้านลาด" is "บ้านลาด"). */
    private static String bare(String name) {
        String n = TextNormaliser.normalise(name);
        for (String prefix : List.of("อบต.", "ทต.")) {
            if (n.startsWith(prefix)) {
                return n.substring(prefix.length()).strip();
            }
        }
        return n.strip();
    }

    List<Mention> find(String text) {
        boolean[] taken = new boolean[text.length()];
        List<Mention> mentions = new ArrayList<>();
        for (Surface surface : surfaces) {
            int from = 0;
            int at;
            while ((at = text.indexOf(surface.text(), from)) >= 0) {
                int end = at + surface.text().length();
                from = at + 1;
                if (taken[at] || taken[end - 1] || namesTheDistrictOrProvince(text, at)) {
                    continue;
                }
                for (int i = at; i < end; i++) {
                    taken[i] = true;
                }
                int start = at;
                boolean tambon = false;
                if (text.startsWith("อบต.", at - 4) || (at >= 3 && text.startsWith("ทต.", at - 3))) {
                    start = text.startsWith("อบต.", at - 4) ? at - 4 : at - 3;
                } else if (at >= 2 && text.startsWith("ต.", at - 2)) {
                    tambon = true;
                    start = at - 2;
                }
                mentions.add(new Mention(surface.org(), start, end, tambon));
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return withoutNamesInsideOthers(text, mentions);
    }

    /**
     * "อบต.ห้วยท่าช้าง" is another district's organisation whose name holds the roster's place ท่าช้าง: a place found
     * inside a prefixed name that is not the roster's is no mention of it.
     */
    private static List<Mention> withoutNamesInsideOthers(String text, List<Mention> mentions) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        List<Mention> kept = mentions;
        for (String prefix : PREFIXES) {
            for (int at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
                int start = at;
                if (startsAMention(mentions, start)) {
                    continue;
                }
                int end = start + prefix.length();
                while (end < text.length() && text.charAt(end) >= 'ก' && text.charAt(end) <= '๎') {
                    end++;
                }
                int nameEnd = end;
                kept = kept.stream().filter(k -> k.start() <= start || k.start() >= nameEnd).toList();
            }
        }
        return kept;
    }

    private static boolean startsAMention(List<Mention> mentions, int at) {
        for (Mention m : mentions) {
            if (m.start() == at) {
                return true;
            }
        }
        return false;
    }

    /** Prefixed names that are not the roster's, e.g. "อบต.บางกระเจ้า", as written. */
    List<String> unknown(String text, List<Mention> known) {
        List<String> names = new ArrayList<>();
        Matcher m = PREFIXED_NAME.matcher(text);
        while (m.find()) {
            int start = m.start();
            boolean isKnown = known.stream().anyMatch(k -> k.start() == start);
            int nameAt = m.start(1);
            boolean generic = GENERIC.stream().anyMatch(w -> text.startsWith(w, nameAt));
            if (!isKnown && !generic) {
                names.add(m.group());
            }
        }
        return names;
    }

    /**
     * The roster's organisation a name not in the roster was most likely meant to be: its name, an alias or a place
     * within one slip of the keyboard (a tone mark or vowel missing, added or swapped; two for a long name), and no
     * other organisation as close. A wrong guess only costs a question, since the bot asks rather than stores.
     */
    Optional<Organisation> closest(String unknownName) {
        String written = bare(unknownName);
        int allowed = written.length() >= 8 ? 2 : 1;
        int best = Integer.MAX_VALUE;
        List<Organisation> at = new ArrayList<>();
        for (Surface s : surfaces) {
            int d = Edits.between(written, s.text());
            if (d < best) {
                best = d;
                at.clear();
            }
            if (d == best && !at.contains(s.org())) {
                at.add(s.org());
            }
        }
        return best <= allowed && at.size() == 1 ? Optional.of(at.get(0)) : Optional.empty();
    }

    private static boolean namesTheDistrictOrProvince(String text, int at) {
        int end = at;
        while (end > 0 && end > at - 8 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        for (String word : NOT_AN_ORGANISATION_BEFORE) {
            int from = end - word.length();
            if (from >= Math.max(0, at - 8) && text.startsWith(word, from)) {
                return true;
            }
        }
        return false;
    }
}
