package th.reportbot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.reportbot.chat.BotSentences;
import th.reportbot.support.BotTestBase;
import th.reportbot.support.TestSentences;

/**
 * Every sentence of bot/sentences.properties, as the running bot reads it through Spring's MessageSource: no
 * placeholder left unfilled, no apostrophe lost, and the same text java.text.MessageFormat gives, as the file's header
 * promises.
 */
class SentencesFileTest extends BotTestBase {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @Autowired
    private BotSentences sentences;

    @Test
    void everySentenceFillsItsPlaceholdersAndKeepsItsApostrophes() throws IOException {
        Properties file = file();
        assertThat(file).hasSizeGreaterThan(50);
        Object[] args = {"«0»", "«1»", "«2»", "«3»", "«4»", "«5»", "«6»", "«7»", "«8»", "«9»"};
        for (String key : new TreeSet<>(file.stringPropertyNames())) {
            String pattern = file.getProperty(key);
            String said = sentences.say(key, args);

            assertThat(said).as(key).doesNotContainPattern(PLACEHOLDER.pattern());
            Matcher m = PLACEHOLDER.matcher(pattern);
            while (m.find()) {
                assertThat(said).as(key + " fills {" + m.group(1) + "}").contains("«" + m.group(1) + "»");
            }
            // In a MessageFormat pattern '' is one apostrophe; a lone ' would quote what follows and vanish.
            long meant = pattern.replace("''", "'").chars().filter(c -> c == '\'').count();
            assertThat(said.chars().filter(c -> c == '\'').count()).as(key + " keeps its apostrophes").isEqualTo(meant);
        }
    }

    @Test
    void everySentenceReadsAsMessageFormatWouldWriteIt() throws IOException {
        Properties file = file();
        // Numbers too: the bot passes counts to some sentences, and a locale's digits or grouping must not creep in.
        Object[] args = {1234567L, "อบต.ไร่โคก", 0, -5, 2566, "x", "y", "z", "w", "v"};
        BotSentences withoutSpring = TestSentences.botSentences();
        for (String key : file.stringPropertyNames()) {
            String expected = new MessageFormat(file.getProperty(key), Locale.ROOT).format(args);
            assertThat(sentences.say(key, args)).as(key).isEqualTo(expected);
            assertThat(withoutSpring.say(key, args)).as(key + " without Spring").isEqualTo(expected);
            assertThat(sentences.say(key)).as(key + " with no arguments")
                    .isEqualTo(new MessageFormat(file.getProperty(key), Locale.ROOT).format(new Object[0]));
        }
    }

    @Test
    void everyWordTheDashboardTemplatesAskForIsInTheFile() throws IOException {
        Properties file = file();
        Pattern messageKey = Pattern.compile("#\\{([\\w.-]+)");
        List<Path> templates;
        try (var files = Files.list(Path.of("src/main/resources/templates/dashboard"))) {
            templates = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertThat(templates).isNotEmpty();
        int keys = 0;
        for (Path template : templates) {
            Matcher m = messageKey.matcher(Files.readString(template));
            while (m.find()) {
                keys++;
                assertThat(file.getProperty(m.group(1))).as(template.getFileName() + " asks for " + m.group(1)).isNotNull();
            }
        }
        assertThat(keys).isGreaterThan(30);
    }

    @Test
    void theDashboardSpeaksThaiWhateverTheBrowserAsksFor() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/dashboard")).header("Accept-Language", "en-US,en;q=0.9")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.body()).contains("<title>เข้าสู่หน้าสรุปยอด ThaiD</title>").contains("รหัสผู้ดูแล (admin token)")
                .doesNotContain("??");
    }

    private static Properties file() throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(SentencesFileTest.class.getResourceAsStream("/bot/sentences.properties"),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
