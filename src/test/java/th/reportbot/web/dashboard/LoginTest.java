package th.reportbot.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import th.reportbot.support.BotTestBase;

/**
 * How an officer logs in: the token in the form's body or a bearer header, never in the address; wrong tokens are
 * limited per client; behind a TLS proxy the cookie is Secure. Clients are told apart by the proxy's
 * X-Forwarded-For (the test's requests come from 127.0.0.1, a trusted proxy address), so each test is its own client.
 */
class LoginTest extends BotTestBase {
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void tokenInTheLoginAddressLogsNoOneInAndShowsTheForm() throws Exception {
        HttpResponse<String> posted = send(HttpRequest.newBuilder(uri("/dashboard/login?token=" + ADMIN_TOKEN))
                .header("X-Forwarded-For", "198.51.100.1").POST(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> linked = send(HttpRequest.newBuilder(uri("/dashboard/login?token=" + ADMIN_TOKEN)).GET());
        HttpResponse<String> home = send(HttpRequest.newBuilder(uri("/dashboard?token=" + ADMIN_TOKEN)).GET());

        for (HttpResponse<String> r : java.util.List.of(posted, linked, home)) {
            assertThat(r.statusCode()).as(r.uri().toString()).isEqualTo(400);
            assertThat(r.headers().firstValue("Set-Cookie")).as(r.uri().toString()).isEmpty();
            assertThat(r.body()).contains("ระบบไม่รับรหัสที่อยู่ในลิงก์").contains("method=\"post\"")
                    .contains("name=\"token\"");
        }
    }

    @Test
    void tokenInABearerHeaderLogsIn() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri("/dashboard/login"))
                .header("X-Forwarded-For", "198.51.100.2").header("Authorization", "Bearer " + ADMIN_TOKEN)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("rb_officer="));
    }

    @Test
    void wrongTokensFromOneClientAreLimitedWhileOthersCanStillLogIn() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(login("203.0.113.7", "guess-" + i, false).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> limited = login("203.0.113.7", ADMIN_TOKEN, false);
        assertThat(limited.statusCode()).as("even the right token waits out the minute").isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        assertThat(limited.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(limited.body()).contains("ใส่รหัสผิดหลายครั้งเกินไป");
        assertThat(login("203.0.113.8", ADMIN_TOKEN, false).statusCode()).isEqualTo(302);
    }

    @Test
    void behindATlsProxyTheLoginCookieIsSecure() throws Exception {
        HttpResponse<String> r = login("198.51.100.3", ADMIN_TOKEN, true);

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).contains("Secure").contains("HttpOnly"));
        assertThat(r.headers().firstValue("Strict-Transport-Security")).isPresent();
    }

    private HttpResponse<String> login(String client, String token, boolean https) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri("/dashboard/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", client)
                .POST(HttpRequest.BodyPublishers.ofString("token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        if (https) {
            b.header("X-Forwarded-Proto", "https");
        }
        return send(b);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
