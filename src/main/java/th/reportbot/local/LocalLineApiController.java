package th.reportbot.local;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import com.linecorp.bot.spring.boot.core.properties.LineBotProperties;

import th.reportbot.report.ReportDesks;

/**
 * LINE's Messaging API as local mode plays it, at the same paths as LINE's (the SDK's client ignores any path in its
 * end-point): replies and pushes land in the simulated chat. Answers like LINE for
 * what the bot uses: the bearer token is checked, a push's X-Line-Retry-Key is honoured (409 on a repeat).
 */
@RestController
@ConditionalOnProperty(name = LocalModeEnvironment.LOCAL_MODE, havingValue = "true")
class LocalLineApiController {
    private final SimulatorChat chat;
    private final String channelToken;
    private final Clock clock;
    private final Set<String> retryKeys = ConcurrentHashMap.newKeySet();
    private final String groupName;

    LocalLineApiController(SimulatorChat chat, LineBotProperties line, Clock clock, ReportDesks desks) {
        this.chat = chat;
        this.groupName = desks.first().district().groupName();
        this.channelToken = line.channelToken();
        this.clock = clock;
    }

    @PostMapping("/v2/bot/message/reply")
    ResponseEntity<Object> reply(@RequestHeader(name = "Authorization", required = false) String auth,
                                 @RequestBody JsonNode body) {
        if (!authorised(auth)) {
            return unauthorised();
        }
        show(body.path("messages"));
        return ResponseEntity.ok(Map.of("sentMessages", sent(body.path("messages").size())));
    }

    @PostMapping("/v2/bot/message/push")
    ResponseEntity<Object> push(@RequestHeader(name = "Authorization", required = false) String auth,
                                @RequestHeader(name = "X-Line-Retry-Key", required = false) String retryKey,
                                @RequestBody JsonNode body) {
        if (!authorised(auth)) {
            return unauthorised();
        }
        if (retryKey != null && !retryKeys.add(retryKey)) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of("message", "The retry key is already accepted"));
        }
        show(body.path("messages"));
        return ResponseEntity.ok(Map.of("sentMessages", sent(body.path("messages").size())));
    }

    @GetMapping("/v2/bot/message/quota")
    Map<String, Object> quota() {
        return Map.of("type", "limited", "value", 10_000);
    }

    @GetMapping("/v2/bot/message/quota/consumption")
    Map<String, Object> consumption() {
        return Map.of("totalUsage", 0);
    }

    @GetMapping("/v2/bot/group/{groupId}/members/count")
    Map<String, Object> memberCount(@PathVariable String groupId) {
        return Map.of("count", SimulatorController.PERSONAS);
    }

    /** The simulated group is called what the roster says the district's group is called (group-name). */
    @GetMapping("/v2/bot/group/{groupId}/summary")
    Map<String, Object> summary(@PathVariable String groupId) {
        return Map.of("groupId", groupId, "groupName", groupName.isBlank() ? groupId : groupName);
    }

    @GetMapping("/v2/bot/group/{groupId}/member/{userId}")
    Map<String, Object> member(@PathVariable String groupId, @PathVariable String userId) {
        return Map.of("displayName", userId, "userId", userId);
    }

    private void show(JsonNode messages) {
        for (JsonNode m : messages) {
            String text = m.hasNonNull("text") ? m.path("text").asText() : m.path("altText").asText(m.path("type").asText());
            chat.add("bot", null, "ThaiD bot", text, m, clock.instant());
        }
    }

    private boolean authorised(String auth) {
        return ("Bearer " + channelToken).equals(auth);
    }

    private static ResponseEntity<Object> unauthorised() {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "Authentication failed"));
    }

    private static Object[] sent(int count) {
        Object[] sent = new Object[count];
        for (int i = 0; i < count; i++) {
            sent[i] = Map.of("id", UUID.randomUUID().toString(), "quoteToken", UUID.randomUUID().toString());
        }
        return sent;
    }
}
