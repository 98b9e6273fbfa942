package th.reportbot.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The calendar the district writes: Buddhist-era years, Thai month names, weeks that end on Friday. */
class ThaiCalendarTest {

    @Test
    void yearsAreWrittenInTheBuddhistEra() {
        assertThat(ThaiCalendar.buddhistYear(LocalDate.of(2023, 5, 26))).isEqualTo(2566);
        assertThat(ThaiCalendar.buddhistYear(LocalDate.of(2024, 1, 1))).isEqualTo(2567);
    }

    @Test
    void writtenYearsAreReadInEitherEraAndTwoDigitsAreBuddhist() {
        assertThat(ThaiCalendar.christianYear("2566")).isEqualTo(2023);
        assertThat(ThaiCalendar.christianYear("66")).isEqualTo(2023);
        assertThat(ThaiCalendar.christianYear("2023")).isEqualTo(2023);
        assertThat(ThaiCalendar.christianYear("67")).isEqualTo(2024);
    }

    @Test
    void monthNamesAreTheOfficialOnes() {
        assertThat(ThaiCalendar.shortMonth(5)).isEqualTo("พ.ค.");
        assertThat(ThaiCalendar.fullMonth(5)).isEqualTo("พฤษภาคม");
        assertThat(ThaiCalendar.shortMonth(6)).isEqualTo("มิ.ย.");
        assertThat(ThaiCalendar.fullMonth(12)).isEqualTo("ธันวาคม");
    }

    @Test
    void dayNamesAreWrittenAfterวัน() {
        assertThat(ThaiCalendar.dayName(DayOfWeek.FRIDAY)).isEqualTo("ศุกร์");
        assertThat(ThaiCalendar.dayName(DayOfWeek.THURSDAY)).isEqualTo("พฤหัสบดี");
    }

    @Test
    void aWeekRunsSaturdayToFriday() {
        assertThat(ThaiCalendar.fridayOf(LocalDate.of(2023, 6, 2))).isEqualTo(LocalDate.of(2023, 6, 2));
        assertThat(ThaiCalendar.fridayOf(LocalDate.of(2023, 6, 3))).isEqualTo(LocalDate.of(2023, 6, 9));
        assertThat(ThaiCalendar.fridayOf(LocalDate.of(2023, 6, 1))).isEqualTo(LocalDate.of(2023, 6, 2));
    }
}
