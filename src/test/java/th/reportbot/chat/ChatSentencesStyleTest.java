package th.reportbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The house style the sentences file's header states, checked on every sentence the chat says (the keys without the
 * page's, the table's and the exports' prefixes).
 */
class ChatSentencesStyleTest {
    private static final Set<String> OTHER_SURFACES = Set.of("table.", "page.", "csv.", "xlsx.", "dashboard.");

    /**
     * Lines that only show data, or a part of a reply whose other line speaks to the reader: they carry no ครับ. Every
     * other chat sentence speaks to the reader and ends a sentence with it.
     */
    private static final Set<String> DATA_ONLY = Set.of("confirm.numbers", "confirm.numbers.no-baseline",
            "confirm.numbers.no-total", "confirm.numbers.unknown", "confirm.weekly", "confirm.correction",
            "confirm.correction.same", "confirm.correction.no-total", "unknown.number", "missing.line", "missing.count",
            "confirm.question.report", "confirm.question.report.no-total", "confirm.button.yes", "confirm.button.no",
            "doubt.reading", "doubt.above-population", "doubt.too-large", "doubt.out-of-line",
            "doubt.total-worked-out", "confirm.on-behalf", "missing.list", "undo.restored", "undo.restored.no-total",
            "schedule.table.missing", "warning.increase-unclear-no-total");

    @Test
    void everyChatSentenceThatSpeaksToTheReaderSaysKhrapAndNoneSaysKha() throws IOException {
        Map<String, String> chat = chatSentences();
        assertThat(chat.keySet()).containsAll(DATA_ONLY);
        chat.forEach((key, text) -> {
            assertThat(text).as(key + ": the bot speaks as a man").doesNotContain("ค่ะ").doesNotContain("คะ ");
            if (!DATA_ONLY.contains(key)) {
                assertThat(text).as(key + " speaks to the reader").contains("ครับ");
            }
        });
    }

    @Test
    void noChatSentenceUsesTheWordBindThaiDigitsOrABareDash() throws IOException {
        chatSentences().forEach((key, text) -> assertThat(text).as(key)
                .doesNotContain("ผูก")
                .doesNotContainPattern("[๐-๙]")
                .doesNotContainPattern("(^|\\s|:)-(\\s|$)"));
    }

    @Test
    void everyWarningSaysWhatToSendOrWhatWasKept() throws IOException {
        chatSentences().forEach((key, text) -> {
            if (key.startsWith("warning.") && !key.equals("warning.increase-unclear-no-total")
                    && !key.equals("warning.late-change")) {
                assertThat(text).as(key).containsPattern("ผม(จึง)?บันทึก").contains("กรุณาส่ง");
            }
        });
    }

    private static Map<String, String> chatSentences() throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(
                ChatSentencesStyleTest.class.getResourceAsStream("/bot/sentences.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Map<String, String> chat = new TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (OTHER_SURFACES.stream().noneMatch(key::startsWith)) {
                chat.put(key, p.getProperty(key));
            }
        }
        return chat;
    }
}
