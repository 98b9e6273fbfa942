package th.reportbot.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dedupeFor how long an event id is remembered, so that LINE's redeliveries and replays change nothing
 */
@ConfigurationProperties("reportbot.store")
public record StoreProperties(@DefaultValue("35d") Duration dedupeFor) {
}
