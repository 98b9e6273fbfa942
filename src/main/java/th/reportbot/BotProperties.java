package th.reportbot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.hibernate.validator.constraints.URL;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code reportbot.*} setting, each default given here once and checked at start: a wrong value stops the bot
 * with the property named. README.md's configuration table is checked against this tree ({@code ConfigurationTableTest}).
 *
 * @param rosterFiles   the districts' rosters (YAML), one file a district
 * @param adminToken    bearer token of the JSON API; blank refuses every API call
 * @param localMode     set by {@code LocalModeEnvironment}: no LINE credentials, simulator on
 * @param publicBaseUrl the address links in the {@code ส่งออก} reply start with
 * @param linkSecret    key of the HMAC that signs page links and the login cookie; blank: the admin token
 * @param repliesPerMemberPerMinute replies to one member a minute before one notice and silence
 */
@Validated
@ConfigurationProperties("reportbot")
public record BotProperties(@DefaultValue(RosterFiles.DEFAULT) @NotEmpty List<@NotNull Path> rosterFiles,
                            @DefaultValue("") String adminToken,
                            @DefaultValue("false") boolean localMode,
                            @DefaultValue("http://localhost:8080") @NotNull @URL(regexp = "^https?:.*") String publicBaseUrl,
                            String linkSecret,
                            @DefaultValue("10") @Positive int repliesPerMemberPerMinute,
                            @DefaultValue @Valid Store store,
                            @DefaultValue @Valid Schedule schedule,
                            @DefaultValue @Valid Push push,
                            @DefaultValue @Valid Line line,
                            @DefaultValue @Valid Local local,
                            @DefaultValue @Valid Login login,
                            @DefaultValue @Valid Webhook webhook) {

    /** Links and the login cookie are signed with the link secret, or with the admin token when none is set. */
    public String linkSecretOrAdminToken() {
        return linkSecret == null || linkSecret.isBlank() ? adminToken : linkSecret;
    }

    /**
     * @param dedupeFor  how long an event id is remembered, so that LINE's redeliveries and replays change nothing; also
     *                   how long a message's record (for edit and unsend), a held question and a table-delivered
     *                   marker are kept
     * @param historyFor how long an event stays in the chat's audit history: a year of Fridays and a month's margin
     *                   to review or replay it, by default (reports themselves are kept for good)
     */
    public record Store(@DefaultValue("35d") @NotNull @DurationMin(nanos = 0, inclusive = false) Duration dedupeFor,
                        @DefaultValue("400d") @NotNull @DurationMin(days = 1) Duration historyFor) {
    }

    /**
     * @param enabled   run the reminders and the Friday table (tests tick the job runner themselves)
     * @param firstTick wait after start before the first look for due jobs
     * @param tick      how often due jobs are looked for
     */
    public record Schedule(@DefaultValue("true") boolean enabled,
                           @DefaultValue("5s") @NotNull @DurationMin(nanos = 0) Duration firstTick,
                           @DefaultValue("20s") @NotNull @DurationMin(nanos = 0, inclusive = false) Duration tick) {
    }

    /**
     * @param retryDelays  waits between attempts at a push LINE failed to take (empty: one attempt)
     * @param maxPerSecond pushes per second at most, from this instance: LINE limits a channel's push requests
     *                     (2,000 a second when this was written), and a national Friday's tables must not hit it
     */
    public record Push(@DefaultValue("2s,10s,30s") @NotNull List<@NotNull @DurationMin(nanos = 0) Duration> retryDelays,
                       @DefaultValue("1000") @Positive int maxPerSecond) {
    }

    /** @param maxRequests requests to LINE's API in flight at once (each holds one of the SDK client's threads) */
    public record Line(@DefaultValue("32") @Positive int maxRequests) {
    }

    /**
     * @param dataDir           where local mode's embedded Redis keeps its append-only file
     * @param embeddedRedisPort set by {@code LocalModeEnvironment} when local mode starts its own Redis
     * @param allowContainer    let local mode start inside a container (read by {@code LocalModeEnvironment} before
     *                          this tree is bound; declared here so that it is documented and checked like the rest)
     */
    public record Local(@DefaultValue("data") @NotNull Path dataDir,
                        @Positive Integer embeddedRedisPort,
                        @DefaultValue("false") boolean allowContainer) {
    }

    /** @param failuresPerMinute wrong admin tokens from one client address in a minute before its logins get 429 */
    public record Login(@DefaultValue("5") @Positive int failuresPerMinute) {
    }

    /**
     * How much of a stranger's request the webhook reads before it knows the request is not from LINE. See README,
     * "Operations" for how the defaults were sized.
     *
     * @param maxBody       the largest body accepted (Content-Length); LINE's largest batches are far below it
     * @param bodyDeadline  the time a request has to deliver its whole body once its headers are in
     * @param bufferedBytes body bytes held at once across all requests still arriving; past it a request gets 503
     */
    public record Webhook(@DefaultValue("512KB") @NotNull DataSize maxBody,
                          @DefaultValue("2s") @NotNull @DurationMin(nanos = 0, inclusive = false) Duration bodyDeadline,
                          @DefaultValue("16MB") @NotNull DataSize bufferedBytes) {
    }
}
