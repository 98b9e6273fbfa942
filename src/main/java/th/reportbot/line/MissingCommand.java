package th.reportbot.line;

import org.springframework.stereotype.Component;

/** "ยังไม่ส่ง": who has not reported this week. */
@Component
class MissingCommand implements CommandHandler {
    private final ReplyWriter writer;

    MissingCommand(ReplyWriter writer) {
        this.writer = writer;
    }

    @Override
    public Command command() {
        return Command.MISSING;
    }

    @Override
    public Reply answer(Call call) {
        return CommandHandler.textIfNew(true, writer.missingList(call.desk().table(call.event().chatId(), call.week())));
    }
}
