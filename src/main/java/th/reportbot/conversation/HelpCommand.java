package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import org.springframework.stereotype.Component;

/** "ช่วยเหลือ": how to report, with the district's baseline Friday that ยอดเดิม means. */
@Component
class HelpCommand implements CommandHandler {
    @Override
    public Command command() {
        return Command.HELP;
    }

    @Override
    public Reply answer(Call call) {
        return Reply.Sentence.of("help", call.desk().district().baselineDate());
    }
}
