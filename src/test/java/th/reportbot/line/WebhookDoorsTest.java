package th.reportbot.line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.Webhooks;

/**
 * What a stranger without the channel secret can do to the webhook over raw connections: send no signature, send a
 * body slowly, send a large one. None of it may hold up LINE's own webhooks.
 */
class WebhookDoorsTest extends BotTestBase {
    private static final String GROUP = "Cdoors";
    private static final long NOON = 1_685_682_000_000L; // Fri 2023-06-02 12:00 Asia/Bangkok
    /** A signature header that is Base64 of the right length but not the body's. */
    private static final String WRONG_SIGNATURE = "A".repeat(43) + "=";

    private final List<Socket> strangers = new ArrayList<>();

    @AfterEach
    void closeStrangers() throws IOException {
        for (Socket s : strangers) {
            s.close();
        }
    }

    @Test
    void validWebhookIsAnsweredWhileFortyStrangersSendTheirBodiesSlowly() throws IOException {
        for (int i = 0; i < 40; i++) {
            stranger("X-Line-Signature: " + WRONG_SIGNATURE + "\r\nContent-Length: 2000", "{\"events\":[");
        }

        ObjectNode event = Webhooks.textEvent(GROUP, "Umember", "EV-doors", NOON, "ช่วยเหลือ");

        assertThat(webhooks.post(Webhooks.body(event)).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(FakeLine.replyTexts()).singleElement().asString().startsWith("วิธีรายงานยอด ThaiD"));
    }

    @Test
    void aBodyNotAllThereByTheDeadlineIs408AndNothingIsStored() throws IOException {
        Socket slow = stranger("X-Line-Signature: " + WRONG_SIGNATURE + "\r\nContent-Length: 2000", "{\"events\":[");

        assertThat(statusLine(slow)).startsWith("HTTP/1.1 408");
        assertThat(redis.keys("rb:*")).isEmpty();
    }

    @Test
    void requestWithoutSignatureIsRefusedBeforeItsBodyIsSent() throws IOException {
        Socket unsigned = stranger("Content-Length: 100000", "");

        assertThat(statusLine(unsigned)).startsWith("HTTP/1.1 400");
    }

    @Test
    void bodyOverTheCapIsRefusedFromItsContentLengthBeforeItIsSent() throws IOException {
        Socket large = stranger("X-Line-Signature: " + WRONG_SIGNATURE + "\r\nContent-Length: " + (600 * 1024), "");

        assertThat(statusLine(large)).startsWith("HTTP/1.1 413");
    }

    @Test
    void signedChunkedBodyIs411BecauseItsSizeIsUnknownUntilRead() throws IOException {
        byte[] body = Webhooks.body(Webhooks.textEvent(GROUP, "Ua", "EV-chunked", NOON, "help"))
                .getBytes(StandardCharsets.UTF_8);
        String chunked = Integer.toHexString(body.length) + "\r\n" + new String(body, StandardCharsets.UTF_8)
                + "\r\n0\r\n\r\n";

        Socket socket = stranger("X-Line-Signature: " + webhooks.sign(body) + "\r\nTransfer-Encoding: chunked", chunked);

        assertThat(statusLine(socket)).startsWith("HTTP/1.1 411");
        assertThat(redis.keys("rb:*")).isEmpty();
    }

    /**
     * The cap is sized from LINE's payloads: a text message holds at most 5,000 characters, 3 bytes each in UTF-8 for
     * Thai, and LINE may batch events. Thirty of the largest messages in one request must still get through.
     */
    @Test
    void aBatchOfThirtyOfTheLongestThaiMessagesIsAcceptedAndStored() {
        ObjectNode[] events = new ObjectNode[30];
        String longest = "ก".repeat(5_000);
        for (int i = 0; i < events.length; i++) {
            events[i] = Webhooks.textEvent(GROUP, "U" + i, "EV-long-" + i, NOON + i, longest);
        }
        String body = Webhooks.body(events);
        assertThat(body.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(450_000);

        assertThat(webhooks.post(body).statusCode()).isEqualTo(200);
        assertThat(history(GROUP)).hasSize(30);
    }

    /** A connection that has sent a webhook's headers (plus {@code extra}) and then the start of the body, if any. */
    private Socket stranger(String headers, String bodyStart) throws IOException {
        Socket socket = new Socket();
        strangers.add(socket);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
        String request = "POST /callback HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + headers + "\r\n\r\n" + bodyStart;
        socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    /** The first line of the bot's answer; generous time, so that only a bot that never answers fails. */
    private static String statusLine(Socket socket) throws IOException {
        socket.setSoTimeout(20_000);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        try {
            for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
        } catch (SocketTimeoutException e) {
            return "no answer within 20 s";
        }
        return line.length() == 0 ? "closed without an answer" : line.toString();
    }
}
