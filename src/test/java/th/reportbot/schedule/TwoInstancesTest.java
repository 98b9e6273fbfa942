package th.reportbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

import th.reportbot.ReportBotApplication;
import th.reportbot.support.BotTestBase;
import th.reportbot.support.FakeLine;
import th.reportbot.support.GroupChat;
import th.reportbot.support.MovableClock;
import th.reportbot.support.MovableClockConfig;
import th.reportbot.support.PushHold;
import th.reportbot.support.TestRedis;

/** Two bot processes on one Redis, one clock: each job reaches LINE once. */
@Import(MovableClockConfig.class)
class TwoInstancesTest extends BotTestBase {
    private static final LocalDateTime FRIDAY = LocalDateTime.of(2023, 6, 2, 0, 0);

    @Autowired
    MovableClock clock;
    @Autowired
    JobRunner runnerA;

    private ConfigurableApplicationContext second;
    private JobRunner runnerB;

    @BeforeEach
    void startASecondInstance() {
        second = new SpringApplicationBuilder(ReportBotApplication.class)
                .initializers(ctx -> ((GenericApplicationContext) ctx).registerBean("movableClock", Clock.class,
                        () -> clock, definition -> definition.setPrimary(true)))
                // as arguments: they must win over application.yml, as the first instance's test properties do
                .run("--server.port=0", "--spring.jmx.enabled=false",
                        "--line.bot.channel-secret=" + SECRET, "--line.bot.channel-token=" + TOKEN,
                        "--line.bot.api-end-point=" + FakeLine.url(), "--spring.data.redis.url=" + TestRedis.url(),
                        "--reportbot.admin-token=" + ADMIN_TOKEN, "--reportbot.schedule.enabled=false",
                        "--reportbot.push.retry-delays=10ms,10ms");
        runnerB = second.getBean(JobRunner.class);
        assertThat(second.getBean(Clock.class)).as("the second instance reads the same clock").isSameAs(clock);
    }

    @AfterEach
    void stopIt() {
        second.close();
    }

    @Test
    void aJobOneInstanceIsPushingIsLeftAloneByTheOther() {
        new GroupChat("Ctwo", webhooks, port).say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY.withHour(8));
        FakeLine.reset();

        // the morning reminder, the reminder to those missing, the table; each time the other instance goes first
        LocalDateTime[] times = {FRIDAY.withHour(9), FRIDAY.withHour(14), FRIDAY.withHour(16).withMinute(30)};
        for (int i = 0; i < times.length; i++) {
            clock.setBangkok(times[i]);
            JobRunner one = i % 2 == 0 ? runnerA : runnerB;
            JobRunner other = i % 2 == 0 ? runnerB : runnerA;
            try (PushHold line = FakeLine.holdPushes()) {
                CompletableFuture<Void> firstTick = one.tick();
                line.awaitHeld(1); // the first instance is inside the job, waiting for LINE

                other.tick().join();

                assertThat(line.held()).as("the other instance left the job alone").isEqualTo(1);
                assertThat(firstTick).as("the second instance ticked while the first one's push was under way")
                        .isNotDone();
                line.release();
                firstTick.join();
            }
            other.tick().join(); // and once it is done
        }

        assertThat(FakeLine.pushes()).as("one push per job").hasSize(3);
        assertThat(FakeLine.pushes().stream().map(p -> p.getHeader("X-Line-Retry-Key")).distinct()).hasSize(3);
    }
}
