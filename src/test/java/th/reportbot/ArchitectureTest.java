package th.reportbot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * The package boundaries of docs/design.md ("Packages"): arrows point inward to the domain, and the domain is plain
 * Java. A change that crosses a boundary fails here, not in review.
 */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("th.reportbot");

    @Test
    void theDomainIsPlainJavaWithoutSpringRedisOrLine() {
        ArchRule rule = noClasses().that().resideInAnyPackage("th.reportbot.parse..", "th.reportbot.roster..",
                        "th.reportbot.report..", "th.reportbot.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "io.lettuce..",
                        "redis..", "com.linecorp..", "jakarta.servlet..");
        rule.check(MAIN);
    }

    @Test
    void theDomainIsHandedValuesNotTheConfigurationTree() {
        noClasses().that().resideInAnyPackage("th.reportbot.parse..", "th.reportbot.roster..", "th.reportbot.report..",
                        "th.reportbot.calendar..")
                .should().dependOnClassesThat().resideInAPackage("th.reportbot")
                .check(MAIN);
    }

    @Test
    void parseUsesOnlyTheRoster() {
        noClasses().that().resideInAPackage("th.reportbot.parse..")
                .should().dependOnClassesThat().resideInAnyPackage("th.reportbot.report..", "th.reportbot.store..",
                        "th.reportbot.line..", "th.reportbot.chat..",
                        "th.reportbot.conversation..", "th.reportbot.schedule..", "th.reportbot.web..")
                .check(MAIN);
    }

    @Test
    void theCalendarUsesNothingOfOurs() {
        noClasses().that().resideInAPackage("th.reportbot.calendar..")
                .should().dependOnClassesThat().resideInAnyPackage("th.reportbot.parse..", "th.reportbot.roster..",
                        "th.reportbot.report..", "th.reportbot.store..", "th.reportbot.line..", "th.reportbot.chat..",
                        "th.reportbot.conversation..", "th.reportbot.schedule..",
                        "th.reportbot.web..")
                .check(MAIN);
    }

    @Test
    void rosterUsesNothingOfOurs() {
        noClasses().that().resideInAPackage("th.reportbot.roster..")
                .should().dependOnClassesThat().resideInAnyPackage("th.reportbot.parse..", "th.reportbot.report..",
                        "th.reportbot.store..", "th.reportbot.line..", "th.reportbot.chat..",
                        "th.reportbot.conversation..", "th.reportbot.schedule..", "th.reportbot.web..")
                .check(MAIN);
    }

    @Test
    void reportKnowsNoAdapter() {
        noClasses().that().resideInAPackage("th.reportbot.report..")
                .should().dependOnClassesThat().resideInAnyPackage("th.reportbot.store..", "th.reportbot.line..",
                        "th.reportbot.chat..", "th.reportbot.conversation..", "th.reportbot.schedule..",
                        "th.reportbot.web..")
                .check(MAIN);
    }

    @Test
    void theStoreImplementsPortsAndKnowsNothingElse() {
        noClasses().that().resideInAPackage("th.reportbot.store..")
                .should().dependOnClassesThat().resideInAnyPackage("th.reportbot.line..", "th.reportbot.chat..",
                        "th.reportbot.conversation..", "th.reportbot.web..",
                        "th.reportbot.local..")
                .check(MAIN);
        // of the scheduler, only the ledger port it implements
        noClasses().that().resideInAPackage("th.reportbot.store..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "schedule classes other than JobLedger",
                        c -> c.getPackageName().startsWith("th.reportbot.schedule")
                                && !c.getSimpleName().equals("JobLedger")))
                .check(MAIN);
    }

    @Test
    void lineIsTransportOnlyAndKnowsNotTheConversation() {
        noClasses().that().resideInAPackage("th.reportbot.line..")
                .should().dependOnClassesThat().resideInAnyPackage("th.reportbot.conversation..",
                        "th.reportbot.schedule..", "th.reportbot.web..", "th.reportbot.local..")
                .check(MAIN);
    }

    /** Replies are rendered on the outbox thread after the webhook has answered: rendering must read nothing. */
    @Test
    void theRendererReadsNothing() {
        noClasses().that().resideInAPackage("th.reportbot.chat..")
                .should().dependOnClassesThat().resideInAnyPackage("th.reportbot.line..", "th.reportbot.conversation..",
                        "th.reportbot.schedule..", "th.reportbot.web..", "th.reportbot.store..",
                        "org.springframework.data..")
                .orShould().dependOnClassesThat().haveSimpleNameStartingWith("ReportDesk")
                .orShould().dependOnClassesThat().haveSimpleName("ReportStore")
                .check(MAIN);
    }

    @Test
    void theConversationUsesPortsNotAdapters() {
        noClasses().that().resideInAPackage("th.reportbot.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage("th.reportbot.store..", "th.reportbot.web..",
                        "th.reportbot.schedule..", "th.reportbot.local..")
                .check(MAIN);
    }

    @Test
    void theWebhookAndThePagesDoNotReachIntoRedis() {
        noClasses().that().resideInAnyPackage("th.reportbot.line..", "th.reportbot.chat..",
                        "th.reportbot.conversation..", "th.reportbot.web..", "th.reportbot.schedule..")
                .should().dependOnClassesThat().resideInAPackage("th.reportbot.store..")
                .check(MAIN);
    }
}
