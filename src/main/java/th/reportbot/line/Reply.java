package th.reportbot.line;

import java.util.List;

import com.linecorp.bot.messaging.model.Message;

/** What to answer an event with, rendered off the request thread (it may read the stored table). */
@FunctionalInterface
interface Reply {
    Reply NONE = List::of;

    List<Message> render();
}
