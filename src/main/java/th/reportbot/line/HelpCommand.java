package th.reportbot.line;

import org.springframework.stereotype.Component;

/** "ช่วยเหลือ": how to report. */
@Component
class HelpCommand implements CommandHandler {
    private final BotSentences say;

    HelpCommand(BotSentences say) {
        this.say = say;
    }

    @Override
    public Command command() {
        return Command.HELP;
    }

    @Override
    public Reply answer(Call call) {
        return CommandHandler.textIfNew(true, say.help());
    }
}
