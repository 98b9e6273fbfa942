package th.reportbot.web.dashboard;

import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/** A small line chart as inline SVG, drawn on the server: nothing is loaded from the internet. */
final class TrendChart {
    /** One week; {@code note}, if any, is shown with the value when the point is pointed at. */
    record Point(String label, Long value, String note) {
    }

    private TrendChart() {
    }

    /** A chart with axes labels, for the district total. */
    static String large(List<Point> points) {
        return svg(points, 640, 220, true);
    }

    /** A sparkline, for one organisation's row. */
    static String spark(List<Point> points) {
        return svg(points, 120, 28, false);
    }

    private static String svg(List<Point> points, int width, int height, boolean labels) {
        int padLeft = labels ? 56 : 2;
        int padBottom = labels ? 28 : 2;
        int padTop = labels ? 12 : 2;
        long max = points.stream().filter(p -> p.value() != null).mapToLong(Point::value).max().orElse(0);
        long min = points.stream().filter(p -> p.value() != null).mapToLong(Point::value).min().orElse(0);
        if (labels) {
            min = 0;
        }
        long span = Math.max(1, max - min);
        double plotW = width - padLeft - 4;
        double plotH = height - padTop - padBottom;
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        StringBuilder xLabels = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            Point p = points.get(i);
            double x = padLeft + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            if (labels && (n <= 8 || i % Math.ceil(n / 8.0) == 0 || i == n - 1)) {
                xLabels.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>",
                        x, height - 8, HtmlUtils.htmlEscape(p.label())));
            }
            if (p.value() == null) {
                continue;
            }
            double y = padTop + plotH - plotH * (p.value() - min) / span;
            path.append(path.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            if (labels) {
                dots.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\"><title>%s: %,d%s</title></circle>",
                        x, y, HtmlUtils.htmlEscape(p.label()), p.value(),
                        p.note() == null ? "" : " (" + HtmlUtils.htmlEscape(p.note()) + ")"));
            }
        }
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" class=\"chart\">",
                width, height));
        if (labels) {
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>", padLeft, padTop, padLeft, padTop + plotH));
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>", padLeft, padTop + plotH, width - 4, padTop + plotH));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%,d</text>",
                    padLeft - 4, padTop + 8, max));
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"11\" text-anchor=\"end\">0</text>",
                    padLeft - 4, padTop + plotH));
            svg.append(xLabels);
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path.toString().trim())
                    .append("\" fill=\"none\" stroke=\"#06c755\" stroke-width=\"").append(labels ? 2.5 : 1.5).append("\"/>");
        }
        svg.append("<g fill=\"#06c755\">").append(dots).append("</g></svg>");
        return svg.toString();
    }
}
