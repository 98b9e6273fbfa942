package th.reportbot.line;

import org.springframework.stereotype.Component;

import th.reportbot.report.PageLinks;
import th.reportbot.report.ThaiDateText;

/** "ส่งออก": a signed link to this week's page on the officers' dashboard. */
@Component
class ExportCommand implements CommandHandler {
    private final PageLinks links;
    private final BotSentences say;

    ExportCommand(PageLinks links, BotSentences say) {
        this.links = links;
        this.say = say;
    }

    @Override
    public Command command() {
        return Command.EXPORT;
    }

    @Override
    public Reply answer(Call call) {
        return CommandHandler.textIfNew(true, links.weekPage(call.event().chatId(), call.week())
                .map(url -> say.say("export.link", ThaiDateText.withDay(call.week()), url))
                .orElseGet(() -> say.say("export.unavailable")));
    }
}
