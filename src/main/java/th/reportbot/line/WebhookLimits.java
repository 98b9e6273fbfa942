package th.reportbot.line;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much of a stranger's request the webhook reads before it knows the request is not from LINE. See README,
 * "Operations" for how the defaults were sized.
 *
 * @param maxBody       the largest body accepted (Content-Length); LINE's largest batches are far below it
 * @param bodyDeadline  the time a request has to deliver its whole body once its headers are in
 * @param bufferedBytes body bytes held at once across all requests still arriving; past it a request gets 503
 */
@ConfigurationProperties("reportbot.webhook")
public record WebhookLimits(@DefaultValue("512KB") DataSize maxBody,
                            @DefaultValue("2s") Duration bodyDeadline,
                            @DefaultValue("16MB") DataSize bufferedBytes) {
}
