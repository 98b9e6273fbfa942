package th.reportbot.line;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

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
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/reply"))
                .willReturn(aResponse().withStatus(200).withFixedDelay(4_000).withBody("{\"sentMessages\":[]}")));
        GroupChat chat = new GroupChat("Cslow", webhooks, port);

        ObjectNode report = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY); // asserts the 200

        // LINE holds every reply for 4 s and logs it only once answered: none is logged yet, so the webhook's 200
        // came without waiting for LINE.
        assertThat(FakeLine.replies()).noneMatch(r -> r.getBodyAsString().contains(report.path("replyToken").asText()));
        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("reported").asInt()).isEqualTo(1);
        assertThat(chat.replyTo(report)).as("the reply still goes out").isNotEmpty();
    }

    @Test
    void replyThatLineRefusesIsNotRetried() throws Exception {
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/reply")).willReturn(aResponse().withStatus(500)));
        GroupChat chat = new GroupChat("Cfail", webhooks, port);

        ObjectNode report = chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        Thread.sleep(1_000);
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

        chat.say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY);

        assertThat(chat.table("2023-06-02", ADMIN_TOKEN).path("rows").get(9).path("total").asLong()).isEqualTo(210);
    }
}
