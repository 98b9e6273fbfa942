package th.reportbot.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexContainer;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexSeparator;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;

import th.reportbot.calendar.ThaiDateText;
import th.reportbot.report.DistrictTable;
import th.reportbot.report.TableRow;

/**
 * The district table as Flex messages, laid out like the district's form. LINE's limits (Messaging API reference,
 * Flex Message): a bubble's JSON at most 30 KB, a carousel at most 12 bubbles and 50 KB, altText at most 1,500
 * characters, at most 5 messages a reply. Rows are packed into bubbles, bubbles into carousels, within those limits.
 */
class FlexTableWriter {
    static final int MAX_BUBBLE_BYTES = 30_000;
    static final int MAX_CAROUSEL_BYTES = 50_000;
    static final int MAX_CAROUSEL_BUBBLES = 12;
    static final int MAX_ALT_TEXT = 1_500;
    static final int ROWS_PER_BUBBLE = 15;

    private static final String GREY = "#888888";
    private static final String RED = "#C62828";
    private static final String AMBER = "#B26A00";
    private static final String GREEN = "#1B7F3B";

    private final BotSentences say;
    private final ObjectMapper json = ModelObjectMapper.createNewObjectMapper();

    FlexTableWriter(BotSentences say) {
        this.say = say;
    }

    List<Message> write(DistrictTable table) {
        List<List<TableRow>> pages = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i += ROWS_PER_BUBBLE) {
            pages.add(table.rows().subList(i, Math.min(table.rows().size(), i + ROWS_PER_BUBBLE)));
        }
        List<FlexBubble> bubbles = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            boolean last = p == pages.size() - 1;
            bubbles.add(bubble(table, pages.get(p), last, p + 1, pages.size()));
        }
        String alt = altText(table);
        List<Message> messages = new ArrayList<>();
        List<FlexBubble> carousel = new ArrayList<>();
        int carouselBytes = 0;
        for (FlexBubble b : bubbles) {
            int size = bytes(b);
            if (!carousel.isEmpty() && (carousel.size() == MAX_CAROUSEL_BUBBLES || carouselBytes + size > MAX_CAROUSEL_BYTES - 100)) {
                messages.add(message(alt, carousel));
                carousel = new ArrayList<>();
                carouselBytes = 0;
            }
            carousel.add(b);
            carouselBytes += size;
        }
        messages.add(message(alt, carousel));
        return messages;
    }

    private static FlexMessage message(String alt, List<FlexBubble> bubbles) {
        FlexContainer container = bubbles.size() == 1 ? bubbles.get(0) : new FlexCarousel(List.copyOf(bubbles));
        return new FlexMessage(alt, container);
    }

    String altText(DistrictTable table) {
        String alt = say.say("table.alt", say.say("table.title", table.district()) + " " + ThaiDateText.withDay(table.week()),
                table.reported(), table.expected(), ThaiNumbers.number(table.totals().total()),
                table.totals().covered());
        return alt.length() > MAX_ALT_TEXT ? alt.substring(0, MAX_ALT_TEXT) : alt;
    }

    private FlexBubble bubble(DistrictTable table, List<TableRow> rows, boolean withTotals, int page, int pages) {
        List<FlexComponent> header = new ArrayList<>();
        header.add(text(say.say("table.title", table.district()), "sm", true, null, null, 1, true));
        String subtitle = say.say("table.subtitle", ThaiDateText.withDay(table.week()))
                + (pages > 1 ? "  " + say.say("table.page", page, pages) : "");
        header.add(text(subtitle, "xs", false, GREY, null, 1, true));
        header.add(text(say.say("table.reported", table.reported(), table.expected()), "xs", true,
                table.reported() == table.expected() ? GREEN : AMBER, null, 1, true));

        List<FlexComponent> body = new ArrayList<>();
        body.add(row(say.say("table.head.no"), say.say("table.head.org"),
                say.say("table.head.baseline", ThaiDateText.dayMonthYear(table.baselineDate())), say.say("table.head.increase"),
                say.say("table.head.total"), say.say("table.head.weekly"), "", GREY, true));
        body.add(new FlexSeparator(null, null));
        for (TableRow r : rows) {
            String mark;
            String color;
            switch (r.status()) {
                case MISSING -> {
                    mark = say.say("table.mark.missing");
                    color = RED;
                }
                case WARNING -> {
                    mark = say.say("table.mark.warning");
                    color = AMBER;
                }
                default -> {
                    mark = say.say("table.mark.reported");
                    color = GREEN;
                }
            }
            body.add(row(Integer.toString(r.no()), r.org(), ThaiNumbers.number(r.baseline()),
                    ThaiNumbers.number(r.increase()), ThaiNumbers.number(r.total()),
                    r.weekly() == null ? "-" : ThaiNumbers.signed(r.weekly()), mark, color, false));
        }
        if (withTotals) {
            DistrictTable.Totals t = table.totals();
            body.add(new FlexSeparator(null, null));
            body.add(row("", say.say("table.totals"), ThaiNumbers.number(t.baseline()), ThaiNumbers.number(t.increase()),
                    ThaiNumbers.number(t.total()), ThaiNumbers.signed(t.weekly()), "", null, true));
            body.add(text(say.say("table.covered", t.covered(), table.expected()), "xxs", false, GREY, null, 1, true));
        }
        return new FlexBubble.Builder()
                .size(FlexBubble.Size.GIGA)
                .header(new FlexBox.Builder(FlexBox.Layout.VERTICAL, header).paddingAll("md").build())
                .body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, body).spacing("xs").paddingAll("md").build())
                .build();
    }

    private static FlexBox row(String no, String org, String baseline, String increase, String total, String weekly,
                               String mark, String markColor, boolean bold) {
        List<FlexComponent> cells = List.of(
                text(no, "xxs", bold, null, FlexText.Align.START, 1, false),
                text(org, "xxs", bold, null, FlexText.Align.START, 5, false),
                text(baseline, "xxs", bold, null, FlexText.Align.END, 3, false),
                text(increase, "xxs", bold, null, FlexText.Align.END, 3, false),
                text(total, "xxs", bold, null, FlexText.Align.END, 3, false),
                text(weekly, "xxs", bold, null, FlexText.Align.END, 3, false),
                text(mark.isEmpty() ? " " : mark, "xxs", true, markColor, FlexText.Align.CENTER, 1, false));
        return new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, cells).spacing("xs").build();
    }

    private static FlexText text(String text, String size, boolean bold, String color, FlexText.Align align, int flex,
                                 boolean wrap) {
        FlexText.Builder b = new FlexText.Builder().text(text.isEmpty() ? " " : text).size(size).flex(flex);
        if (bold) {
            b.weight(FlexText.Weight.BOLD);
        }
        if (color != null) {
            b.color(color);
        }
        if (align != null) {
            b.align(align);
        }
        if (wrap) {
            b.wrap(true);
        }
        return b.build();
    }

    int bytes(Object flex) {
        try {
            return json.writeValueAsString(flex).getBytes(StandardCharsets.UTF_8).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Flex JSON could not be written", e);
        }
    }
}
