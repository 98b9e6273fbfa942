package th.reportbot.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RosterLoaderTest {
    private final RosterLoader loader = new RosterLoader();

    @Test
    void banLatRosterHasItsFifteenOrganisationsInTheDistrictsOrder() {
        District banLat = loader.load(Path.of("config/ban-lat.yaml"));

        assertThat(banLat.name()).isEqualTo("อำเภอบ้านลาด");
        assertThat(banLat.groupName()).isEqualTo("บ้านลาดบ้านเรา");
        assertThat(banLat.baselineDate()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(banLat.organisations()).extracting(Organisation::name).containsExactly(
                "ทต.บ้านลาด", "อบต.บ้านหาด", "อบต.บ้านทาน", "อบต.ตำหรุ", "อบต.สมอพลือ", "อบต.ไร่มะขาม", "อบต.ท่าเสน",
                "อบต.หนองกระเจ็ด", "อบต.หนองกะปุ", "อบต.ไร่โคก", "อบต.โรงเข้", "อบต.ไร่สะท้อน", "อบต.ท่าช้าง",
                "อบต.ถ้ำรงค์", "อบต.ห้วยลึก");
        assertThat(banLat.organisations()).extracting(Organisation::no).startsWith(1, 2, 3).endsWith(15);
        assertThat(banLat.organisationNamed("อบต.หนองกะปุ")).get()
                .satisfies(o -> {
                    assertThat(o.aliases()).contains("อบต.หนองกะปี่");
                    assertThat(o.places()).containsExactly("หนองกะปุ", "ห้วยข้อง");
                });
    }

    @Test
    void everyScheduledPushIsOnUnlessTheRosterSwitchesItOff() {
        assertThat(loader.load(Path.of("config/ban-lat.yaml")).schedule().pushes()).isEqualTo(Pushes.ALL);

        String yaml = """
                district: {id: x, name: อำเภอทดสอบ, baseline-date: 2023-05-26}
                organisations:
                  - {id: a, name: อบต.ก}
                schedule:
                  missing-reminder: "13:30"
                  push:
                    morning-reminder: false
                """;
        Schedule schedule = loader.read(new StringReader(yaml), "t.yaml").schedule();

        assertThat(schedule.pushes()).isEqualTo(new Pushes(false, true, true));
        assertThat(schedule.missingReminder()).hasToString("13:30");
    }

    @Test
    void misspeltPushSwitchIsRefusedNotIgnored() {
        String yaml = """
                district: {id: x, name: อำเภอทดสอบ, baseline-date: 2023-05-26}
                organisations:
                  - {id: a, name: อบต.ก}
                schedule:
                  push:
                    table: false
                """;

        assertThatThrownBy(() -> loader.read(new StringReader(yaml), "t.yaml"))
                .hasMessage("t.yaml, line 6: unknown push 'table' (schedule.push takes morning-reminder, "
                        + "missing-reminder and friday-table)");
    }

    @Test
    void pushSwitchThatIsNotTrueOrFalseIsRefused() {
        String yaml = """
                district: {id: x, name: อำเภอทดสอบ, baseline-date: 2023-05-26}
                organisations:
                  - {id: a, name: อบต.ก}
                schedule:
                  push: {friday-table: sometimes}
                """;

        assertThatThrownBy(() -> loader.read(new StringReader(yaml), "t.yaml"))
                .hasMessage("t.yaml, line 5: 'sometimes' is not true or false");
    }

    @Test
    void brokenYamlNamesTheFileAndLine() {
        String yaml = "district:\n  id: x\n  name: [unclosed\norganisations: []\n";

        assertThatThrownBy(() -> loader.read(new StringReader(yaml), "config/broken.yaml"))
                .isInstanceOf(RosterException.class)
                .hasMessageStartingWith("config/broken.yaml, line 4")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void organisationWithoutNameNamesTheLineOfThatOrganisation() {
        String yaml = """
                district:
                  id: x
                  name: อำเภอทดสอบ
                  baseline-date: 2023-05-26
                organisations:
                  - id: a
                    name: อบต.ก
                  - id: b
                    places: [ข]
                """;

        assertThatThrownBy(() -> loader.read(new StringReader(yaml), "t.yaml"))
                .isInstanceOf(RosterException.class)
                .hasMessage("t.yaml, line 8: missing 'name'");
    }

    @Test
    void badBaselineDateIsNamed() {
        String yaml = """
                district:
                  id: x
                  name: อำเภอทดสอบ
                  baseline-date: 26/5/2566
                organisations:
                  - {id: a, name: อบต.ก}
                """;

        assertThatThrownBy(() -> loader.read(new StringReader(yaml), "t.yaml"))
                .hasMessage("t.yaml, line 4: '26/5/2566' is not a date in the form yyyy-mm-dd");
    }

    @Test
    void duplicateIdIsRefused() {
        String yaml = """
                district: {id: x, name: อำเภอทดสอบ, baseline-date: 2023-05-26}
                organisations:
                  - {id: a, name: อบต.ก}
                  - {id: a, name: อบต.ข}
                """;

        assertThatThrownBy(() -> loader.read(new StringReader(yaml), "t.yaml"))
                .hasMessage("t.yaml, line 4: organisation id 'a' appears twice");
    }

    @Test
    void missingFileIsNamed() {
        assertThatThrownBy(() -> loader.load(Path.of("config/nope.yaml")))
                .isInstanceOf(RosterException.class)
                .hasMessageContaining("config/nope.yaml");
    }
}
