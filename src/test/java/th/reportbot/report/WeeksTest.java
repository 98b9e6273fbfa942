package th.reportbot.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class WeeksTest {
    private static final LocalDate FRIDAY = LocalDate.of(2023, 6, 2);

    @Test
    void saturdayStartsTheNextFridaysWeek() {
        assertThat(Weeks.fridayOf(LocalDate.of(2023, 5, 27))).isEqualTo(FRIDAY);
        assertThat(Weeks.fridayOf(FRIDAY)).isEqualTo(FRIDAY);
        assertThat(Weeks.fridayOf(LocalDate.of(2023, 6, 3))).isEqualTo(LocalDate.of(2023, 6, 9));
    }

    @Test
    void weekIsJudgedInBangkokTime() {
        // Friday 23:30 in Bangkok is still Friday there, though it is 16:30 UTC.
        assertThat(Weeks.fridayOf(ZonedDateTime.parse("2023-06-02T23:30+07:00[Asia/Bangkok]").toInstant())).isEqualTo(FRIDAY);
        // Saturday 00:30 in Bangkok is Friday 17:30 UTC, and already next week.
        assertThat(Weeks.fridayOf(ZonedDateTime.parse("2023-06-03T00:30+07:00[Asia/Bangkok]").toInstant()))
                .isEqualTo(LocalDate.of(2023, 6, 9));
    }
}
