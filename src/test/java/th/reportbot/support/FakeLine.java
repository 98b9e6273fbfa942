package th.reportbot.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** LINE's Messaging API played by WireMock over HTTP, one server for the test JVM. */
public final class FakeLine {
    private static WireMockServer server;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FakeLine() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").extensions(new PushGate()));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    public static String url() {
        return server().baseUrl() + "/";
    }

    /** Forget earlier requests and answer like LINE does when all is well. */
    public static void reset() {
        PushGate.open();
        WireMockServer s = server();
        s.resetAll();
        s.stubFor(post(urlPathEqualTo("/v2/bot/message/reply")).willReturn(okJson("{\"sentMessages\":[{\"id\":\"1\",\"quoteToken\":\"q\"}]}")));
        s.stubFor(post(urlPathEqualTo("/v2/bot/message/push")).willReturn(okJson("{\"sentMessages\":[{\"id\":\"2\",\"quoteToken\":\"q\"}]}")));
        s.stubFor(get(urlPathEqualTo("/v2/bot/message/quota")).willReturn(okJson("{\"type\":\"limited\",\"value\":10000}")));
        s.stubFor(get(urlPathEqualTo("/v2/bot/message/quota/consumption")).willReturn(okJson("{\"totalUsage\":0}")));
        s.stubFor(get(urlPathMatching("/v2/bot/group/.*/member/.*")).willReturn(okJson("{\"displayName\":\"member\"}")));
        s.stubFor(get(urlPathMatching("/v2/bot/group/.*/members/count")).willReturn(okJson("{\"count\":20}")));
        s.stubFor(get(urlPathMatching("/v2/bot/group/[^/]+/summary")).willReturn(okJson("{\"groupName\":\"" + GROUP_NAME + "\"}")));
    }

    /** What LINE calls every group unless a test says otherwise ({@link #nameGroup}). */
    public static final String GROUP_NAME = "บ้านลาดบ้านเรา";

    /** LINE's group summary names this group so. */
    public static void nameGroup(String groupId, String name) {
        server().stubFor(get(urlPathEqualTo("/v2/bot/group/" + groupId + "/summary")).atPriority(1)
                .willReturn(okJson("{\"groupId\":\"" + groupId + "\",\"groupName\":\"" + name + "\"}")));
    }

    /** LINE's group summary fails for this group with the given status. */
    public static void groupSummaryFails(String groupId, int status) {
        server().stubFor(get(urlPathEqualTo("/v2/bot/group/" + groupId + "/summary")).atPriority(1)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                        .withBody("{\"message\":\"Internal error\"}")));
    }

    /**
     * LINE takes every push from now on but answers none until {@link PushHold#release()}: a test sees what the bot
     * does while a push is under way, without guessing how long that lasts.
     */
    public static PushHold holdPushes() {
        return PushGate.close();
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    public static List<LoggedRequest> replies() {
        return server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/v2/bot/message/reply")));
    }

    public static List<LoggedRequest> pushes() {
        return server().findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(urlPathEqualTo("/v2/bot/message/push")));
    }

    public static JsonNode json(LoggedRequest request) {
        try {
            return JSON.readTree(request.getBodyAsString());
        } catch (Exception e) {
            throw new AssertionError("LINE got a body that is not JSON: " + request.getBodyAsString(), e);
        }
    }

    /** The texts of every reply LINE received, in order. */
    public static List<String> replyTexts() {
        return replies().stream()
                .flatMap(r -> java.util.stream.StreamSupport.stream(json(r).path("messages").spliterator(), false))
                .map(m -> m.path("text").asText(m.path("altText").asText()))
                .toList();
    }
}
