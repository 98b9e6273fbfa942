package th.reportbot.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;

/** LINE slow, failing or refusing: the webhook does not wait for it, and replies are never retried. */
class LineTroubleTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 10, 0);

    @Test
    void webhookAnswersWithoutWaitingForASlowLine() throws Exception {
        // LINE holds every reply longer than the client's read timeout (5 s).
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/reply"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(8_000).withBody("{\"sentMessages\":[]}")));
        GroupChat chat = new GroupChat("Cslow", webhooks, port);

        ObjectNode report = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY); // asserts the 200

        // Had the webhook waited for LINE, the reply would be finished by the time it answered; it is still under way.
        assertThat(webhooks.outboxDrained()).as("the webhook's answer did not wait for LINE's reply").isFalse();
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("reported").asInt()).isEqualTo(1);
        String token = report.path("replyToken").asText();
        await("the reply still goes out, once").atMost(Duration.ofSeconds(5))
                .until(() -> FakeLine.replies().stream().filter(r -> r.getBodyAsString().contains(token)).count() == 1);
    }

    @Test
    void replyThatLineRefusesIsNotRetried() throws Exception {
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/reply")).willReturn(aResponse().withStatus(500)));
        GroupChat chat = new GroupChat("Cfail", webhooks, port);

        ObjectNode report = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        webhooks.awaitOutboxDrained(); // the one attempt has been answered with 500, and nothing is queued after it
        long attempts = FakeLine.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .postRequestedFor(urlPathEqualTo("/v2/bot/message/reply"))).stream()
                .filter(r -> r.getBodyAsString().contains(report.path("replyToken").asText())).count();
        assertThat(attempts).as("a reply token is single-use: one attempt").isEqualTo(1);
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("reported").asInt()).as("the report stands").isEqualTo(1);
    }

    @Test
    void quotaExhaustedRepliesDoNotLoseTheReport() throws Exception {
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/reply")).willReturn(aResponse().withStatus(429)
                .withHeader("Content-Type", "application/json").withBody("{\"message\":\"You have reached your monthly limit.\"}")));
        GroupChat chat = new GroupChat("C429", webhooks, port);

        ObjectNode report = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        String token = report.path("replyToken").asText();
        await("LINE refused the reply with 429").atMost(Duration.ofSeconds(5)).until(() -> FakeLine.server()
                .getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().startsWith("/v2/bot/message/reply"))
                .filter(e -> e.getRequest().getBodyAsString().contains(token))
                .anyMatch(e -> e.getResponse() != null && e.getResponse().getStatus() == 429));
        webhooks.awaitOutboxDrained(); // the bot has had LINE's 429 and finished with it
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9).path("total").asLong()).isEqualTo(210);
    }
}
