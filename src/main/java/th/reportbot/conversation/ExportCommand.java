package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import org.springframework.stereotype.Component;

import th.reportbot.report.PageLinks;

/** "ส่งออก": a signed link to this week's page on the officers' dashboard. */
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
        return links.weekPage(call.event().chatId(), call.week())
                .<Reply>map(url -> Reply.Sentence.of("export.link", call.week(), url))
                .orElseGet(() -> Reply.Sentence.of("export.unavailable"));
    }
}
