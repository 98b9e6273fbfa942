package th.reportbot;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import th.reportbot.parse.ReportParser;
import th.reportbot.report.ReportDesk;
import th.reportbot.report.ReportStore;
import th.reportbot.roster.District;
import th.reportbot.roster.RosterLoader;

@Configuration(proxyBeanMethods = false)
class RosterConfiguration {
    private static final Logger log = LoggerFactory.getLogger(RosterConfiguration.class);

    @Bean
    District district(BotProperties properties) {
        District district = new RosterLoader().load(properties.rosterFile());
        log.info("Roster {}: {} with {} organisations", properties.rosterFile(), district.name(),
                district.organisations().size());
        return district;
    }

    @Bean
    ReportParser reportParser(District district) {
        return new ReportParser(district);
    }

    @Bean
    ReportDesk reportDesk(District district, ReportParser parser, ReportStore store) {
        return new ReportDesk(district, parser, store);
    }
}
