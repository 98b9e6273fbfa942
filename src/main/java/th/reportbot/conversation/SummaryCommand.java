package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import org.springframework.stereotype.Component;


/** "สรุป": the district table for this week, read now and drawn off the request thread. */
@Component
class SummaryCommand implements CommandHandler {
    @Override
    public Command command() {
        return Command.SUMMARY;
    }

    @Override
    public Reply answer(Call call) {
        return new Reply.Table(call.desk().table(call.event().chatId(), call.week()));
    }
}
