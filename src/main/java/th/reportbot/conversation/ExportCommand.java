package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import org.springframework.stereotype.Component;

import th.reportbot.report.PageLinks;
import th.reportbot.roster.District;

/**
 * "ส่งออก": a signed link to this week's page on the officers' dashboard, for the district's officers only (the page
 * shows who is missing and every held report). With no officer in the roster it says how to add one.
 */
@Component
class ExportCommand implements CommandHandler {
    private final PageLinks links;

    ExportCommand(PageLinks links) {
        this.links = links;
    }

    @Override
    public Command command() {
        return Command.EXPORT;
    }

    @Override
    public Reply answer(Call call) {
        District district = call.desk().district();
        if (district.officers().isEmpty()) {
            return Reply.Sentence.of("district.no-officers", district.name(), Command.EXPORT.thai());
        }
        if (!district.isOfficer(call.userId())) {
            return Reply.Sentence.of("export.officers-only", district.name());
        }
        return links.weekPage(call.event().chatId(), call.week())
                .<Reply>map(url -> Reply.Sentence.of("export.link", call.week(), url))
                .orElseGet(() -> Reply.Sentence.of("export.unavailable"));
    }
}
