package th.reportbot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.reportbot.parse.ReportParser;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportDesks;
import th.reportbot.report.ReportStore;
import th.reportbot.roster.District;
import th.reportbot.roster.RosterLoader;

/** One desk (roster, parser, reports) per configured district. */
@Configuration(proxyBeanMethods = false)
class RosterConfiguration {
    private static final Logger log = LoggerFactory.getLogger(RosterConfiguration.class);

    @Bean
    ReportDesks reportDesks(BotProperties properties, ReportStore store) {
        List<ReportDesk> desks = new ArrayList<>();
        for (Path file : properties.rosterFiles()) {
            District district = new RosterLoader().load(file);
            log.info("Roster {}: {} with {} organisations", file, district.name(), district.organisations().size());
            desks.add(new ReportDesk(district, new ReportParser(district), store));
        }
        return new ReportDesks(desks, store);
    }
}
