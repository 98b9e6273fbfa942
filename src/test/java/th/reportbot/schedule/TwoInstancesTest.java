package th.reportbot.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
                        "--reportbot.admin-token=" + ADMIN_TOKEN, "--reportbot.schedule.enabled=false");
        runnerB = second.getBean(JobRunner.class);
        assertThat(second.getBean(Clock.class)).as("the second instance reads the same clock").isSameAs(clock);
        runnerA.forgetQuota();
        runnerB.forgetQuota();
    }

    @AfterEach
    void stopIt() {
        second.close();
    }

    @Test
    void eachJobIsSentOnceThoughBothInstancesTickTogether() throws Exception {
        new GroupChat("Ctwo", webhooks, port).say("Ua", "อบต.ไร่โคก รวม 210", FRIDAY.withHour(8));
        FakeLine.reset();
        // LINE takes its time, so that both instances are inside a job at once.
        FakeLine.server().stubFor(post(urlPathEqualTo("/v2/bot/message/push")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(300).withHeader("Content-Type", "application/json").withBody("{\"sentMessages\":[]}")));

        for (LocalDateTime at : new LocalDateTime[]{FRIDAY.withHour(9), FRIDAY.withHour(14), FRIDAY.withHour(16).withMinute(30)}) {
            clock.setBangkok(at);
            tickBothAtOnce();
        }

        assertThat(FakeLine.pushes()).hasSize(3);
        assertThat(FakeLine.pushes().stream().map(p -> p.getHeader("X-Line-Retry-Key")).distinct()).hasSize(3);
    }

    private void tickBothAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            Future<?> a = pool.submit(() -> {
                go.await();
                runnerA.tick();
                return null;
            });
            Future<?> b = pool.submit(() -> {
                go.await();
                runnerB.tick();
                return null;
            });
            go.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
    }
}
