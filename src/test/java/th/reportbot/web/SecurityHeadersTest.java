package th.reportbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import th.reportbot.support.BotTestBase;

/** Every answer carries the browser's defences: the login page, a refusal, an error, the API and the webhook. */
class SecurityHeadersTest extends BotTestBase {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/dashboard", "/dashboard/g/Cnone/2023-06-02?exp=1&sig=x", "/no-such-page",
                "/api/groups/Cnone/reports/2023-06-02", "/dashboard/dashboard.css")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'")
                            .doesNotContain("unsafe-eval"));
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path + ": a signed link must not leak").hasValue("no-referrer");
        }
    }

    @Test
    void theWebhookAnswerCarriesThemToo() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/callback"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void theDashboardPagesHaveNoInlineScript() throws Exception {
        String table = new String(getClass().getResourceAsStream("/templates/dashboard/table.html").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        String simulator = new String(getClass().getResourceAsStream("/local/simulator.html").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);

        for (String page : List.of(table, simulator)) {
            assertThat(page).doesNotContainPattern("<script>|\\son[a-z]+=\"");
        }
    }
}
