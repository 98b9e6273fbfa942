package th.reportbot.web.api;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import th.reportbot.report.DistrictTable;
import th.reportbot.report.GroupNames;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.report.Season;
import th.reportbot.report.Weeks;
import th.reportbot.web.WeekDates;
import th.reportbot.web.export.FormWorkbook;

/** The district table for a group and a Friday, as JSON, CSV or the official form as XLSX. A stable contract. */
@RestController
class ReportTableController {
    private final ReportDesks desks;
    private final FormWorkbook form;
    private final TableCsv csv;
    private final GroupNames names;

    ReportTableController(ReportDesks desks, FormWorkbook form, TableCsv csv, GroupNames names) {
        this.desks = desks;
        this.form = form;
        this.csv = csv;
        this.names = names;
    }

    @GetMapping("/api/groups/{groupId}/reports/{file}")
    ResponseEntity<?> table(@PathVariable String groupId, @PathVariable String file) {
        String format = file.endsWith(".csv") ? "csv" : file.endsWith(".xlsx") ? "xlsx" : "json";
        String date = format.equals("json") ? file : file.substring(0, file.lastIndexOf('.'));
        Optional<LocalDate> parsed = WeekDates.parse(date);
        if (parsed.isEmpty()) {
            return error(400, "'" + date + "' is not a date in the form yyyy-mm-dd between " + WeekDates.FIRST
                    + " and " + WeekDates.LAST);
        }
        LocalDate friday = parsed.get();
        if (friday.getDayOfWeek() != DayOfWeek.FRIDAY) {
            return error(400, date + " is not a Friday; its week is " + Weeks.fridayOf(friday));
        }
        Optional<ReportDesk> desk = desks.forReading(groupId);
        if (desk.isEmpty() || !desk.get().knowsChat(groupId)) {
            return error(404, "no group " + groupId + " is known to this bot"
                    + (desk.isEmpty() ? " with a district" : ""));
        }
        Season season = desk.get().season(groupId, friday);
        DistrictTable table = season.table();
        if (format.equals("xlsx")) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thaid-" + friday + ".xlsx\"")
                    .body(form.write(desk.get().district(), table, season.weeks(), names.nameOf(groupId)));
        }
        if (format.equals("csv")) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thaid-" + friday + ".csv\"")
                    .body(csv.write(table));
        }
        return ResponseEntity.ok(TableJson.of(table));
    }

    private static ResponseEntity<Map<String, String>> error(int status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
