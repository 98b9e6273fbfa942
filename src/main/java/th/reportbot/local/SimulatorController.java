package th.reportbot.local;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.reportbot.BotProperties;
import th.reportbot.report.ReportDesks;
import th.reportbot.roster.District;
import th.reportbot.roster.Organisation;

/** The browser page that plays the LINE group in local mode, and the calls it makes. Absent in production. */
@RestController
@ConditionalOnProperty(name = LocalModeEnvironment.LOCAL_MODE, havingValue = "true")
class SimulatorController {
    static final String OFFICER_ID = "Usimulator-district-officer";
    /** How many members the simulated group has, for the quota check: one per organisation and an officer. */
    static final int PERSONAS = 16;

    record Persona(String userId, String name) {
    }

    record Say(String userId, String text) {
    }

    record Tap(String userId, String data, String label) {
    }

    private final District district;
    private final SimulatorChat chat;
    private final SimulatedWebhook webhook;
    private final Clock clock;
    private final List<Persona> personas;

    private final boolean localAdminToken;

    SimulatorController(ReportDesks desks, SimulatorChat chat, SimulatedWebhook webhook, Clock clock,
                        BotProperties properties) {
        this.district = desks.first().district();
        this.localAdminToken = LocalModeEnvironment.LOCAL_ADMIN_TOKEN.equals(properties.adminToken());
        this.chat = chat;
        this.webhook = webhook;
        this.clock = clock;
        this.personas = personas(district);
    }

    static String memberId(Organisation org) {
        return "Usimulator-" + org.id();
    }

    private static List<Persona> personas(District district) {
        List<Persona> list = new ArrayList<>();
        for (Organisation org : district.organisations()) {
            list.add(new Persona(memberId(org), "เจ้าหน้าที่ " + org.name()));
        }
        list.add(new Persona(OFFICER_ID, "เจ้าหน้าที่ " + district.name()));
        return list;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    Resource page() {
        return new ClassPathResource("local/simulator.html");
    }

    /** The page's script, a file of its own: the Content-Security-Policy allows no inline script. */
    @GetMapping(path = "/simulator.js", produces = "text/javascript")
    Resource script() {
        return new ClassPathResource("local/simulator.js");
    }

    /** How the page draws Flex messages, as LINE does (bubble widths, text sizes, flex weights). */
    @GetMapping(path = "/flex.css", produces = "text/css")
    Resource flexStyles() {
        return new ClassPathResource("local/flex.css");
    }

    @GetMapping("/simulator/setup")
    Map<String, Object> setup() {
        // The local admin token is shown so that a newcomer can open the dashboard; one set by the operator is not.
        return Map.of("district", district.name(), "groupName", district.groupName(), "personas", personas,
                "adminTokenHint", localAdminToken ? LocalModeEnvironment.LOCAL_ADMIN_TOKEN : "");
    }

    @GetMapping("/simulator/messages")
    List<SimulatorChat.Line> messages(@RequestParam(defaultValue = "0") long after) {
        return chat.after(after);
    }

    @PostMapping("/simulator/say")
    ResponseEntity<Map<String, Object>> say(@RequestBody Say say) throws IOException, InterruptedException {
        Persona persona = personas.stream().filter(p -> p.userId().equals(say.userId())).findFirst().orElse(null);
        if (persona == null || say.text() == null || say.text().isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "pick a persona and type a message"));
        }
        chat.add("member", persona.userId(), persona.name(), say.text(), null, clock.instant());
        return ResponseEntity.ok(Map.of("callbackStatus", webhook.text(persona.userId(), say.text())));
    }

    /** A member taps a quick-reply button: the chat shows its label, the bot gets LINE's postback event. */
    @PostMapping("/simulator/tap")
    ResponseEntity<Map<String, Object>> tap(@RequestBody Tap tap) throws IOException, InterruptedException {
        Persona persona = personas.stream().filter(p -> p.userId().equals(tap.userId())).findFirst().orElse(null);
        if (persona == null || tap.data() == null || tap.data().isBlank()) {
            return ResponseEntity.badRequest().body(Map.of("error", "pick a persona and a button"));
        }
        if (tap.label() != null && !tap.label().isBlank()) {
            chat.add("member", persona.userId(), persona.name(), tap.label(), null, clock.instant());
        }
        return ResponseEntity.ok(Map.of("callbackStatus", webhook.postback(persona.userId(), tap.data())));
    }

    @PostMapping("/simulator/join")
    Map<String, Object> join() throws IOException, InterruptedException {
        return Map.of("callbackStatus", webhook.join());
    }
}
