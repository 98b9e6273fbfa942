package th.reportbot.chat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.bot.jackson.ModelObjectMapper;
import com.linecorp.bot.messaging.model.FlexBlockStyle;
import com.linecorp.bot.messaging.model.FlexBox;
import com.linecorp.bot.messaging.model.FlexBubble;
import com.linecorp.bot.messaging.model.FlexBubbleStyles;
import com.linecorp.bot.messaging.model.FlexCarousel;
import com.linecorp.bot.messaging.model.FlexComponent;
import com.linecorp.bot.messaging.model.FlexContainer;
import com.linecorp.bot.messaging.model.FlexMessage;
import com.linecorp.bot.messaging.model.FlexSeparator;
import com.linecorp.bot.messaging.model.FlexText;
import com.linecorp.bot.messaging.model.Message;

import th.reportbot.calendar.ThaiDateText;
import th.reportbot.report.DistrictTable;
import th.reportbot.report.ReportWarning;
import th.reportbot.report.RowStatus;
import th.reportbot.report.TableRow;

/**
 * The district table as Flex messages: the form's columns under short headers (the full wording is in the XLSX), two
 * lines to an organisation so that they fit a phone at LINE's {@code xs} size or larger, in a giga bubble (500 px).
 * {@code FlexTableBrowserTest} draws it as LINE does and measures it. LINE's limits (Messaging API reference,
 * Flex Message): a bubble's JSON at most 30 KB, a carousel at most 12 bubbles and 50 KB, altText at most 1,500
 * characters, at most 5 messages a reply. Rows are packed into bubbles, bubbles into carousels, within those limits.
 */
class FlexTableWriter {
    static final int MAX_BUBBLE_BYTES = 30_000;
    static final int MAX_CAROUSEL_BYTES = 50_000;
    static final int MAX_CAROUSEL_BUBBLES = 12;
    static final int MAX_ALT_TEXT = 1_500;
    static final int ROWS_PER_BUBBLE = 15;

    private static final String XS = "xs";
    private static final String MD = "md";
    /** The shares of an organisation's first line: its number, its name, its state. */
    private static final int NO_FLEX = 1;
    private static final int NAME_FLEX = 7;
    private static final int STATE_FLEX = 5;

    private static final String GREY = "#888888";
    private static final String HEADING_BACKGROUND = "#EEF2F6";
    private static final String STRIPE = "#F6F8FA";
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
        DistrictTable.Totals t = table.totals();
        String alt = say.say("table.alt", say.say("table.title", table.district()) + " ประจำ" + ThaiDateText.withDay(table.week()),
                table.reported(), table.expected(), ThaiNumbers.number(t.total()), t.covered());
        if (t.carried() > 0) {
            alt += " " + say.say("table.alt.carried", t.carried());
        }
        return alt.length() > MAX_ALT_TEXT ? alt.substring(0, MAX_ALT_TEXT) : alt;
    }

    /**
     * One bubble: the title block, then the column headers and two lines for each organisation (its name and state,
     * then its four numbers), and on the last page the district row with its footnotes. Every text is at least LINE's
     * {@code xs}; the numbers sit in four equal columns (flex 1 each, so their edges do not depend on what they hold)
     * right-aligned under their headers, and each line has room enough that no name is cut or broken.
     */
    private FlexBubble bubble(DistrictTable table, List<TableRow> rows, boolean withTotals, int page, int pages) {
        List<FlexComponent> header = new ArrayList<>();
        header.add(text(say.say("table.title", table.district()), MD, true, null, null, null, true));
        String subtitle = say.say("table.subtitle", ThaiDateText.withDay(table.week()))
                + (pages > 1 ? "  " + say.say("table.page", page, pages) : "");
        header.add(text(subtitle, XS, false, GREY, null, null, true));
        header.add(text(say.say("table.reported", table.reported(), table.expected()), XS, true,
                table.reported() == table.expected() ? GREEN : AMBER, null, null, true));
        header.add(text(say.say("table.legend", ThaiDateText.withDay(table.baselineDate())), XS, false, GREY, null, null,
                true));

        List<FlexComponent> body = new ArrayList<>();
        body.add(block(HEADING_BACKGROUND,
                line(text(say.say("table.head.no"), XS, true, GREY, null, NO_FLEX, false),
                        text(say.say("table.head.org"), XS, true, GREY, null, NAME_FLEX, false),
                        text(say.say("table.head.state"), XS, true, GREY, FlexText.Align.END, STATE_FLEX, false)),
                numbers(GREY, true, say.say("table.head.baseline"), say.say("table.head.increase"),
                        say.say("table.head.total"), say.say("table.head.weekly"))));
        for (int i = 0; i < rows.size(); i++) {
            body.add(row(rows.get(i), i % 2 == 1 ? STRIPE : null));
        }
        if (withTotals) {
            DistrictTable.Totals t = table.totals();
            body.add(new FlexSeparator(null, GREY));
            body.add(block(null,
                    line(text(say.say("table.totals"), XS, true, null, null, 1, false),
                            text(say.say("table.counted", t.covered(), table.expected()), XS, false, GREY,
                                    FlexText.Align.END, 1, false)),
                    numbers(null, true, ThaiNumbers.number(t.baseline()), ThaiNumbers.number(t.increase()),
                            ThaiNumbers.number(t.total()), t.weeklyIsKnown() ? ThaiNumbers.signed(t.weekly()) : say.say("table.unknown"))));
            List<FlexComponent> notes = new ArrayList<>();
            notes.add(text(say.say("table.covered", t.covered(), table.expected()), XS, false, GREY, null, null, true));
            if (t.carried() > 0) {
                notes.add(text(say.say("table.carried", t.carried()), XS, false, GREY, null, null, true));
            }
            body.add(new FlexBox.Builder(FlexBox.Layout.VERTICAL, notes).spacing("xs").paddingStart("md").paddingEnd("md")
                    .paddingTop("sm").build());
        }
        return new FlexBubble.Builder()
                .size(FlexBubble.Size.GIGA)
                .header(new FlexBox.Builder(FlexBox.Layout.VERTICAL, header).spacing("xs").paddingAll("lg").build())
                .body(new FlexBox.Builder(FlexBox.Layout.VERTICAL, body).paddingStart("sm").paddingEnd("sm")
                        .paddingTop("none").paddingBottom("lg").build())
                .styles(new FlexBubbleStyles(null, null, new FlexBlockStyle(null, true, "#DDDDDD"), null))
                .build();
    }

    /** An organisation: its number, name and state; then its numbers, unless it has none (never sent). */
    private FlexBox row(TableRow r, String background) {
        String color = r.carried() ? GREY : null;
        FlexText state = switch (r.status()) {
            case REPORTED -> text(say.say("table.state.reported"), XS, true, GREEN, FlexText.Align.END, STATE_FLEX, false);
            case WARNING -> text(say.say("table.state.warning", warnings(r)), XS, true, AMBER, FlexText.Align.END,
                    STATE_FLEX, false);
            case MISSING -> r.carried()
                    ? text(say.say("table.state.carried", ThaiDateText.dayMonthYear(r.carriedFrom())), XS, true, GREY,
                            FlexText.Align.END, STATE_FLEX, false)
                    : text(say.say("table.state.missing"), XS, true, RED, FlexText.Align.END, STATE_FLEX, false);
        };
        FlexBox first = line(text(Integer.toString(r.no()), XS, false, color, null, NO_FLEX, false),
                text(r.org(), XS, false, color, null, NAME_FLEX, true), state);
        if (r.baseline() == null && r.increase() == null && r.total() == null) {
            return block(background, first);
        }
        // A reported row without a change is a first report, unless its own total is what is unknown.
        String weekly = r.weekly() != null ? ThaiNumbers.signed(r.weekly())
                : r.status() == RowStatus.MISSING ? say.say("table.weekly.not-sent")
                : r.total() == null ? say.say("table.unknown") : say.say("table.weekly.first");
        return block(background, first, numbers(color, false, known(r.baseline()), known(r.increase()), known(r.total()),
                weekly));
    }

    private String warnings(TableRow r) {
        List<String> words = new ArrayList<>();
        for (ReportWarning w : r.warnings()) {
            words.add(say.say("table.warning." + w.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
        return String.join(", ", words);
    }

    private String known(Long n) {
        return n == null ? say.say("table.unknown") : ThaiNumbers.number(n);
    }

    /** The four number columns, each right-aligned in an equal share of the line. */
    private static FlexBox numbers(String color, boolean bold, String baseline, String increase, String total,
                                   String weekly) {
        List<FlexComponent> cells = new ArrayList<>();
        for (String n : List.of(baseline, increase, total, weekly)) {
            cells.add(text(n, XS, bold, color, FlexText.Align.END, 1, false));
        }
        return new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, cells).spacing("md").build();
    }

    private static FlexBox line(FlexComponent... cells) {
        return new FlexBox.Builder(FlexBox.Layout.HORIZONTAL, List.of(cells)).spacing("sm").build();
    }

    private static FlexBox block(String background, FlexComponent... lines) {
        FlexBox.Builder b = new FlexBox.Builder(FlexBox.Layout.VERTICAL, List.of(lines)).spacing("xs")
                .paddingStart("md").paddingEnd("md").paddingTop("sm").paddingBottom("sm");
        if (background != null) {
            b.backgroundColor(background);
        }
        return b.build();
    }

    private static FlexText text(String text, String size, boolean bold, String color, FlexText.Align align,
                                 Integer flex, boolean wrap) {
        FlexText.Builder b = new FlexText.Builder().text(text.isEmpty() ? " " : text).size(size);
        if (flex != null) {
            b.flex(flex);
        }
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
