package th.reportbot.web.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/** A small line chart as inline SVG, drawn on the server: nothing is loaded from the internet. */
final class TrendChart {
    /** One week; {@code note}, if any, is shown with the value when the point is pointed at. */
    record Point(String label, Long value, String note) {
    }

    /** The large chart's height in CSS px; its width is the page's. */
    static final int HEIGHT = 220;
    private static final int PAD_TOP = 14;
    private static final int PAD_BOTTOM = 30;
    /** Points sit between 2% and 98% of the width, so that the first and last dots are whole. */
    private static final double EDGE = 2;
    /** An x-axis label's width at the chart's 12 px ("26 พ.ค. 2566"), with room between labels. */
    private static final double LABEL_PX = 72;
    private static final double GAP_PX = 10;
    /**
     * The narrowest plot of each width class the page's container queries tell apart (dashboard.css, "trend"): a phone
     * held upright, a tablet or small window, a desktop. Each shows the labels that fit at its narrowest.
     */
    private static final String[] CLASSES = {"narrow", "medium", "wide"};
    private static final double[] NARROWEST = {208, 448, 749};

    private TrendChart() {
    }

    /**
     * A chart with axis labels, for the district total. It has no viewBox: one unit is one CSS px whatever the page's
     * width, so its words stay 12 px on a phone, and horizontal positions are percentages of the width. The y-axis labels
     * are drawn left of the SVG's box, in the margin the page's CSS gives it ({@code .chart-large}).
     */
    static String large(List<Point> points) {
        long max = points.stream().filter(p -> p.value() != null).mapToLong(Point::value).max().orElse(0);
        long span = Math.max(1, max);
        double plotH = HEIGHT - PAD_TOP - PAD_BOTTOM;
        double bottom = PAD_TOP + plotH;
        int n = points.size();
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" height=\"%d\" role=\"img\" class=\"chart chart-large\" font-size=\"12\">",
                HEIGHT));
        svg.append(String.format(Locale.ROOT,
                "<g stroke=\"#999\"><line x1=\"0\" y1=\"%d\" x2=\"0\" y2=\"%.1f\"/><line x1=\"0\" y1=\"%.1f\" x2=\"100%%\" y2=\"%.1f\"/></g>",
                PAD_TOP, bottom, bottom, bottom));
        if (max > 0) {
            svg.append(String.format(Locale.ROOT, "<text x=\"-8\" y=\"%d\" text-anchor=\"end\" class=\"y-label\">%,d</text>",
                    PAD_TOP + 4, max));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"-8\" y=\"%.1f\" text-anchor=\"end\" class=\"y-label\">0</text>",
                bottom + 4));
        List<boolean[]> shown = new ArrayList<>();
        for (double width : NARROWEST) {
            shown.add(labelsThatFit(n, width));
        }
        StringBuilder line = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        double[] last = null;
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            double x = x(i, n);
            svg.append(xLabel(p.label(), i, n, shown));
            if (p.value() == null) {
                continue;
            }
            double y = bottom - plotH * p.value() / span;
            if (last != null) {
                line.append(String.format(Locale.ROOT, "<line x1=\"%.2f%%\" y1=\"%.1f\" x2=\"%.2f%%\" y2=\"%.1f\"/>",
                        last[0], last[1], x, y));
            }
            last = new double[]{x, y};
            dots.append(String.format(Locale.ROOT, "<circle cx=\"%.2f%%\" cy=\"%.1f\" r=\"3.5\"><title>%s: %,d%s</title></circle>",
                    x, y, HtmlUtils.htmlEscape(p.label()), p.value(),
                    p.note() == null ? "" : " (" + HtmlUtils.htmlEscape(p.note()) + ")"));
        }
        svg.append("<g stroke=\"#06c755\" stroke-width=\"2.5\" stroke-linecap=\"round\">").append(line).append("</g>");
        svg.append("<g fill=\"#06c755\">").append(dots).append("</g></svg>");
        return svg.toString();
    }

    /** A sparkline, for one organisation's row: no words, so it may scale with its box. */
    static String spark(List<Point> points) {
        int width = 120;
        int height = 28;
        int pad = 2;
        long max = points.stream().filter(p -> p.value() != null).mapToLong(Point::value).max().orElse(0);
        long min = points.stream().filter(p -> p.value() != null).mapToLong(Point::value).min().orElse(0);
        long span = Math.max(1, max - min);
        double plotW = width - 2 * pad;
        double plotH = height - 2 * pad;
        StringBuilder path = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            if (p.value() == null) {
                continue;
            }
            double x = pad + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            double y = pad + plotH - plotH * (p.value() - min) / span;
            path.append(path.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" class=\"chart\">",
                width, height));
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path.toString().trim())
                    .append("\" fill=\"none\" stroke=\"#06c755\" stroke-width=\"1.5\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /** Where point i of n stands, in percent of the width. */
    private static double x(int i, int n) {
        return n == 1 ? 50 : EDGE + (100 - 2 * EDGE) * i / (n - 1);
    }

    /**
     * The first and last labels are anchored at the chart's edges so that neither is cut; the others are centred on
     * their points, class by class hidden where they would not fit ({@code off-narrow} …).
     */
    private static String xLabel(String label, int i, int n, List<boolean[]> shown) {
        StringBuilder css = new StringBuilder("x-label");
        boolean anywhere = false;
        for (int c = 0; c < CLASSES.length; c++) {
            if (shown.get(c)[i]) {
                anywhere = true;
            } else {
                css.append(" off-").append(CLASSES[c]);
            }
        }
        if (!anywhere) {
            return "";
        }
        String anchor = n == 1 ? "middle" : i == 0 ? "start" : i == n - 1 ? "end" : "middle";
        String x = n == 1 ? "50%" : i == 0 ? "0" : i == n - 1 ? "100%" : String.format(Locale.ROOT, "%.2f%%", x(i, n));
        return String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\" text-anchor=\"%s\" class=\"%s\">%s</text>",
                x, HEIGHT - 10, anchor, css, HtmlUtils.htmlEscape(label));
    }

    /** Which labels fit on a plot this wide: the first and the last, and from left to right each that has room. */
    private static boolean[] labelsThatFit(int n, double width) {
        boolean[] fit = new boolean[n];
        if (n == 0) {
            return fit;
        }
        fit[0] = true;
        if (n == 1) {
            return fit;
        }
        fit[n - 1] = true;
        double right = LABEL_PX;
        double lastLeft = width - LABEL_PX;
        for (int i = 1; i < n - 1; i++) {
            double centre = width * x(i, n) / 100;
            if (centre - LABEL_PX / 2 >= right + GAP_PX && centre + LABEL_PX / 2 + GAP_PX <= lastLeft) {
                fit[i] = true;
                right = centre + LABEL_PX / 2;
            }
        }
        return fit;
    }
}
