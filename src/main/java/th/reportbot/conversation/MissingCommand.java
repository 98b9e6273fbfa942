package th.reportbot.conversation;

import th.reportbot.chat.Reply;
import org.springframework.stereotype.Component;

/** "ยังไม่ส่ง": who has not reported this week. */
@Component
class MissingCommand implements CommandHandler {
    @Override
    public Command command() {
        return Command.MISSING;
    }

    @Override
    public Reply answer(Call call) {
        return new Reply.MissingList(call.desk().table(call.event().chatId(), call.week()));
    }
}
