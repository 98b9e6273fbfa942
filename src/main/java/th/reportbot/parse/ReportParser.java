package th.reportbot.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;

/**
 * Reads one chat message: REPORT (with what it states for each organisation), ASK (nearly a report that cannot be
 * stored) or IGNORE. Plain Java; one instance per district, safe to share between threads.
 */
public final class ReportParser {
    /** LINE caps a text message at 5,000 characters; anything longer is not a message from LINE. */
    static final int MAX_LENGTH = 10_000;
    private static final Set<Label> COUNT_LABELS = Set.of(Label.TOTAL, Label.TOTAL_WEAK, Label.BASELINE,
            Label.INCREASE, Label.PREVIOUS, Label.UNCHANGED);

    private static final java.util.regex.Pattern QUESTION = java.util.regex.Pattern.compile(
            "ไหม|มั้ย|หรือเปล่า|หรือไม่|หรือยัง|\\?");
    private static final WordList UNIT_AND_PARTICLES = new WordList(
            List.of("ราย", "คน", "ค่ะ", "คะ", "ครับ", "ครับผม", "ผม", "นะ", "จ้า", "จ้ะ", "ค่า", "ฮะ"));

    private final District district;
    private final OrganisationFinder finder;

    public ReportParser(District district) {
        this.district = district;
        this.finder = new OrganisationFinder(district);
    }

    /**
     * @param text      the message as sent
     * @param bound     the organisation the sender is bound to, or null
     * @param reference the day the message was sent (Asia/Bangkok), for dates written without a year
     */
    public ParseResult parse(String text, Organisation bound, LocalDate reference) {
        if (text == null || text.isBlank()) {
            return ParseResult.ignore();
        }
        String norm = TextNormaliser.normalise(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
        if (ForwardedLetter.looksLike(norm)) {
            return ParseResult.ignore();
        }
        List<Token> tokens = Tokenizer.tokens(norm, reference);
        List<Mention> mentions = finder.find(norm);
        List<Labels.Found> labels = Labels.scan(norm);
        Set<Integer> organisationStarts = new HashSet<>();
        mentions.stream().filter(m -> !m.tambon()).forEach(m -> organisationStarts.add(m.start()));
        // Tokens are values, but here each one is a place in this message: identity is what tells them apart.
        Set<Token> counts = Collections.newSetFromMap(new IdentityHashMap<>(tokens.size()));
        boolean otherFigures = CountContext.mentionsOtherFigures(norm);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(Token.Kind.NUMBER)
                    && CountContext.isCount(norm, tokens, i, counts, organisationStarts, labels, otherFigures)) {
                counts.add(t);
            }
        }
        boolean unchanged = labels.stream().anyMatch(l -> l.label() == Label.UNCHANGED);

        List<Segment> segments = segments(norm, mentions);
        if (segments.isEmpty()) {
            List<String> unknown = finder.unknown(norm, mentions);
            if (!unknown.isEmpty() && !counts.isEmpty()) {
                return ParseResult.unknownOrganisation(unknown.get(0), finder.closest(unknown.get(0)).orElse(null));
            }
            if ((counts.isEmpty() && !unchanged) || !looksLikeAReport(norm, labels, tokens, counts)) {
                return ParseResult.ignore();
            }
            if (bound == null) {
                return ParseResult.ask(AskReason.NO_ORGANISATION, null);
            }
            segments = List.of(new Segment(bound, 0, norm.length(), -1));
        }

        SegmentReader reader = new SegmentReader(norm, tokens, labels, mentions, district.baselineDate());
        // Segments are places in this message: identity tells them apart, and is cheaper than hashing the roster.
        Map<Segment, SegmentReader.Fields> read = new java.util.IdentityHashMap<>(segments.size());
        for (Segment segment : segments) {
            SegmentReader.Fields fields = reader.read(segment, counts);
            if (fields != null) {
                read.put(segment, fields);
            }
        }
        Residue residue = null;
        Set<Segment> unsure = Collections.newSetFromMap(new IdentityHashMap<>(2));
        for (Segment segment : segments) {
            SegmentReader.Fields fields = read.get(segment);
            if (fields != null && fields.approximate) {
                unsure.add(segment); // "ได้ประมาณ 225": a round figure is asked about, not stored as the count
            }
            if (fields != null && counts.stream().anyMatch(t -> t.odd() && t.start() >= segment.start()
                    && t.end() <= segment.end())) {
                unsure.add(segment); // "รวม 1,54": read as 154 and asked about, never stored as 1
            }
            if (fields == null || !fields.onlyABareTotal()) {
                continue;
            }
            residue = residue != null ? residue : Residue.of(norm, tokens, labels, mentions);
            if (residue.empty()) {
                continue; // "ไร่โคก 210": a bare number beside the name, nothing else said
            }
            if (residue.aboutCounts()) {
                unsure.add(segment); // a count among other words, in a message about registrations: ask
            } else {
                read.remove(segment); // a number among other words with nothing to say it counts registrations
            }
        }
        if (read.isEmpty()) {
            return ParseResult.ignore();
        }
        ReportDates dates = new ReportDates(norm, tokens, counts, labels, reader.baselineLabels());
        LocalDate messageDate = dates.firstBefore(segments.get(0).start());
        List<ParsedReport> reports = new ArrayList<>();
        for (Segment segment : segments) {
            SegmentReader.Fields f = read.get(segment);
            if (f != null) {
                LocalDate date = dates.firstWithin(segment);
                reports.add(ReportWarnings.apply(segment.org().name(), date != null ? date : messageDate, f,
                        unsure.contains(segment)));
            }
        }
        return ParseResult.report(reports);
    }

    /**
     * The organisation a short text names ("อบต.ไร่โคก", "ไร่โคก", "ท.ต.บ้านลาด"), for commands such as binding.
     * Empty with the name as written when it names one outside the roster, or neither when it names none.
     */
    public OrganisationName organisationNamed(String text) {
        String norm = TextNormaliser.normalise(text.length() > 500 ? text.substring(0, 500) : text);
        List<Mention> mentions = finder.find(norm);
        if (!mentions.isEmpty()) {
            return new OrganisationName(mentions.get(0).org(), null);
        }
        List<String> unknown = finder.unknown(norm, mentions);
        return new OrganisationName(null, unknown.isEmpty() ? null : unknown.get(0));
    }

    /**
     * One segment per organisation, opened by its first mention; repeated mentions stay inside. A message naming one
     * organisation is one segment, so that a count written before the name belongs to it ("รวม 274 ราย อบต.บ้านทาน").
     */
    private static List<Segment> segments(String text, List<Mention> mentions) {
        List<Mention> openers = new ArrayList<>();
        Set<Organisation> seen = Collections.newSetFromMap(new IdentityHashMap<>(mentions.size()));
        for (Mention m : mentions) {
            if (seen.add(m.org())) {
                openers.add(m);
            }
        }
        List<Segment> segments = new ArrayList<>();
        if (openers.size() == 1) {
            Mention only = openers.get(0);
            segments.add(new Segment(only.org(), 0, text.length(), only.start()));
            return segments;
        }
        for (int i = 0; i < openers.size(); i++) {
            int end = i + 1 < openers.size() ? openers.get(i + 1).start() : text.length();
            segments.add(new Segment(openers.get(i).org(), openers.get(i).end(), end, openers.get(i).start()));
        }
        return segments;
    }

    /**
     * Without an organisation named, a message is nearly a report when it is a bare number, or when a count in it
     * carries a label or a unit and the message speaks of counts ("ยอด ThaiD 77 ค่ะ", "รวม 1,302 ราย"); "เท่าเดิม"
     * alone is one too.
     */
    private static boolean looksLikeAReport(String text, List<Labels.Found> labels, List<Token> tokens, Set<Token> counts) {
        if (onlyANumber(text, tokens, counts)) {
            return true;
        }
        if (QUESTION.matcher(text).find()) {
            return false; // "คนต่างตำบลมาลง 15 คน นับได้ไหม": a question to the officers, not a report
        }
        boolean aboutCounts = labels.stream().anyMatch(l -> COUNT_LABELS.contains(l.label())
                || (l.label() == Label.REPORT_WORD && text.regionMatches(true, l.start(), "thaid", 0, 5)));
        return aboutCounts && (counts.stream().anyMatch(t -> CountContext.hasEvidence(text, t, labels))
                || (counts.isEmpty() && labels.stream().anyMatch(l -> l.label() == Label.UNCHANGED)));
    }

    /** "135 ค่ะ", "๑๓๕": a number with nothing but a unit, polite particles, punctuation and emoji around it. */
    private static boolean onlyANumber(String text, List<Token> tokens, Set<Token> counts) {
        StringBuilder rest = new StringBuilder(text.length());
        int from = 0;
        for (Token t : tokens) {
            if (counts.contains(t)) {
                rest.append(text, from, t.start());
                from = t.end();
            }
        }
        rest.append(text, from, text.length());
        return UNIT_AND_PARTICLES.coversAllLetters(rest);
    }
}
