package th.reportbot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.reportbot.parse.ReportParser;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.report.ReportStore;
import th.reportbot.roster.District;

/** One desk (roster, parser, reports) per configured district. */
@Configuration(proxyBeanMethods = false)
class RosterConfiguration {
    @Bean(Rosters.BEAN)
    Rosters rosters(BotProperties properties) {
        return new Rosters(new RosterFiles(Path.of("")).load(properties.rosterFiles()));
    }

    @Bean
    ReportDesks reportDesks(Rosters rosters, ReportStore store) {
        List<ReportDesk> desks = new ArrayList<>();
        for (District district : rosters.districts()) {
            desks.add(new ReportDesk(district, new ReportParser(district), store));
        }
        return new ReportDesks(desks, store);
    }
}
