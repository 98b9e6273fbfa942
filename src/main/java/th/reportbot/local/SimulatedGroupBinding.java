package th.reportbot.local;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.reportbot.report.ChatEvent;
import th.reportbot.report.ReportDesks;

/**
 * Local mode binds its simulated group to the first district, as a district officer's "ผูกอำเภอ" would: a group takes
 * part only once bound, and on a laptop there is no officer to do it.
 */
@Component
@ConditionalOnProperty(name = LocalModeEnvironment.LOCAL_MODE, havingValue = "true")
class SimulatedGroupBinding {
    private static final Logger log = LoggerFactory.getLogger(SimulatedGroupBinding.class);

    private final ReportDesks desks;
    private final Clock clock;

    SimulatedGroupBinding(ReportDesks desks, Clock clock) {
        this.desks = desks;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void bind() {
        if (desks.forChat(SimulatedWebhook.GROUP_ID).isEmpty()) {
            desks.bindChat(new ChatEvent(SimulatedWebhook.GROUP_ID, "local-mode-binds-the-simulated-group",
                    "localModeBinding", clock.millis(), false, "{}"), desks.first());
            log.info("Local mode: the simulated group is bound to {}", desks.first().district().name());
        }
    }
}
