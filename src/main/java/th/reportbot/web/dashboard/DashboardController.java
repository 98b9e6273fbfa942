package th.reportbot.web.dashboard;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import th.reportbot.report.DistrictTable;
import th.reportbot.report.ChatDirectory;
import th.reportbot.report.GroupNames;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.report.Season;
import th.reportbot.report.Weeks;
import th.reportbot.web.WebSentences;
import th.reportbot.web.WeekDates;
import th.reportbot.web.api.TableCsv;
import th.reportbot.web.export.FormWorkbook;

/** The district officer's page: the week's table as in the form, the trend, downloads. Thai first. */
@Controller
class DashboardController {
    private final ReportDesks desks;
    private final ChatDirectory chats;
    private final DashboardAccess access;
    private final Clock clock;
    private final WebSentences words;
    private final FormWorkbook form;
    private final TableCsv csv;
    private final GroupNames names;

    DashboardController(ReportDesks desks, ChatDirectory chats, DashboardAccess access, Clock clock, WebSentences words,
                        FormWorkbook form, TableCsv csv, GroupNames names) {
        this.desks = desks;
        this.chats = chats;
        this.access = access;
        this.clock = clock;
        this.words = words;
        this.form = form;
        this.csv = csv;
        this.names = names;
    }

    @GetMapping("/dashboard")
    String home(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (LoginController.tokenInAddress(request)) {
            return LoginController.tokenInAddressRefused(response, model);
        }
        if (!access.isOfficer(request)) {
            return "dashboard/login";
        }
        LocalDate week = Weeks.fridayOf(Weeks.dayOf(clock.instant()));
        Map<String, ReportDesk> bound = new TreeMap<>();
        for (String group : chats.groups()) {
            desks.forChat(group).ifPresent(d -> bound.put(group, d));
        }
        Map<String, String> named = names.namesOf(bound.keySet());
        List<String[]> groups = new ArrayList<>();
        bound.forEach((group, d) -> groups.add(new String[]{group, d.district().name(),
                "/dashboard/g/" + group + "/" + week, named.get(group)}));
        groups.sort(Comparator.comparing((String[] g) -> g[3]).thenComparing(g -> g[0]));
        model.addAttribute("groups", groups);
        return "dashboard/groups";
    }

    @GetMapping("/dashboard/g/{groupId}/{file}")
    Object page(@PathVariable String groupId, @PathVariable String file,
                @RequestParam(name = "exp", required = false) String exp,
                @RequestParam(name = "sig", required = false) String sig,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        String format = file.endsWith(".csv") ? "csv" : file.endsWith(".xlsx") ? "xlsx" : "html";
        Optional<LocalDate> parsed = WeekDates.parse(format.equals("html") ? file : file.substring(0, file.lastIndexOf('.')));
        if (parsed.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("message", words.say("page.notfound.date", file));
            return "dashboard/notfound";
        }
        LocalDate week = parsed.get();
        DashboardAccess.Grant grant = access.forWeek(request, groupId, week, exp, sig);
        switch (grant) {
            case NONE -> {
                return "redirect:/dashboard";
            }
            case EXPIRED_LINK, ALTERED_LINK -> {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                model.addAttribute("expired", grant == DashboardAccess.Grant.EXPIRED_LINK);
                return "dashboard/refused";
            }
            default -> {
            }
        }
        if (week.getDayOfWeek() != DayOfWeek.FRIDAY) {
            return "redirect:" + link(groupId, Weeks.fridayOf(week), "", exp, sig);
        }
        Optional<ReportDesk> desk = desks.forReading(groupId);
        if (desk.isEmpty() || !desk.get().knowsChat(groupId)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("message", words.say("page.notfound.group"));
            return "dashboard/notfound";
        }
        Season season = desk.get().season(groupId, week);
        DistrictTable table = season.table();
        List<DistrictTable> weeks = season.weeks();
        if (format.equals("xlsx")) {
            return download(form.write(desk.get().district(), table, weeks, names.nameOf(groupId)), "xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", week);
        }
        if (format.equals("csv")) {
            return download(csv.write(table).getBytes(StandardCharsets.UTF_8), "csv",
                    "text/csv;charset=UTF-8", week);
        }
        // A signed link opens its own week; the other weeks' links lead to the login.
        model.addAttribute("page", DashboardPage.of(groupId, names.nameOf(groupId), table, weeks,
                (w, suffix) -> w.equals(week) ? link(groupId, w, suffix, exp, sig) : link(groupId, w, suffix, null, null),
                desk.get().district().schedule().deadline(week), PendingLines.of(desk.get(), groupId, week, clock, words),
                words));
        model.addAttribute("officer", grant == DashboardAccess.Grant.OFFICER);
        return "dashboard/table";
    }

    private static ResponseEntity<byte[]> download(byte[] body, String extension, String type, LocalDate week) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thaid-" + week + "." + extension + "\"")
                .body(body);
    }

    /** A link within the group's pages that keeps the signed link's grant, if that is how the page was opened. */
    private static String link(String groupId, LocalDate week, String suffix, String exp, String sig) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/dashboard/g/{group}/{file}");
        if (exp != null && sig != null) {
            b.queryParam("exp", exp).queryParam("sig", sig);
        }
        return b.buildAndExpand(groupId, week + suffix).encode().toUriString();
    }
}
