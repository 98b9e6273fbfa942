package th.reportbot.report;

import java.util.List;

/**
 * A warning with the numbers that disagree, for the reply.
 *
 * @param sentence the key of the sentence that explains it ({@code bot/sentences.properties})
 * @param numbers  the numbers the sentence names, in its order
 */
public record Warning(ReportWarning kind, String sentence, List<Long> numbers) {
    public Warning {
        numbers = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(numbers));
    }

    static Warning of(ReportWarning kind, String sentence, Long... numbers) {
        return new Warning(kind, sentence, java.util.Arrays.asList(numbers));
    }
}
