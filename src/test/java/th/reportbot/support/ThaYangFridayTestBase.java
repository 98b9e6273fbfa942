package th.reportbot.support;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import th.reportbot.schedule.JobRunner;

/**
 * Friday 2 June 2023 in a Tha Yang group (the subclass names the roster file) on a clock the test moves: one of its
 * three organisations has reported at 08:00, and each tick's pushes are what LINE received.
 */
@Import(MovableClockConfig.class)
public abstract class ThaYangFridayTestBase extends BotTestBase {
    protected static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 0, 0);

    @Autowired
    protected MovableClock clock;
    @Autowired
    protected JobRunner runner;

    protected GroupChat chat;

    @Override
    protected String boundDistrictId() {
        return "tha-yang";
    }

    @BeforeEach
    void aGroupWithOneReportOfThree() {
        chat = new GroupChat("C" + getClass().getSimpleName() + "-" + UUID.randomUUID().toString().substring(0, 6),
                webhooks, port);
        chat.say("Utt", "ทต.ท่ายาง รวม 120", FRIDAY.withHour(8));
        FakeLine.reset();
    }

    /** Runs the scheduler at this Bangkok time and returns every push LINE has received since the set-up. */
    protected List<LoggedRequest> tickAt(LocalDateTime bangkok) {
        clock.setBangkok(bangkok);
        runner.tick().join();
        return FakeLine.pushes();
    }
}
