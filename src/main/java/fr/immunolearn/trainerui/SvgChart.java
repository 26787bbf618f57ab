package fr.immunolearn.trainerui;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Entities;

/**
 * Bar charts drawn on the server as SVG: no chart library (the free ones need a frontend build,
 * Vaadin Charts is paid), nothing to load, readable at a glance and by screen readers, which get
 * the title and a description listing every figure.
 */
final class SvgChart {

    /** One bar: its label, its value, and the text written beside it. */
    record Bar(String label, double value, String valueText, boolean highlighted) {}

    private SvgChart() {}

    /**
     * The chart in a component. Set as the inner HTML of a plain element, so that the browser's
     * HTML parser puts it in the SVG namespace (Vaadin's {@code Html} would create it as HTML).
     */
    static com.vaadin.flow.component.html.Div component(String svg) {
        com.vaadin.flow.component.html.Div holder = new com.vaadin.flow.component.html.Div();
        holder.addClassName("chart-holder");
        holder.getElement().setProperty("innerHTML", svg);
        return holder;
    }

    /** Vertical bars, e.g. how many learners per score band. */
    static String columns(String id, String title, String description, List<Bar> bars, double max) {
        int width = 640;
        int height = 260;
        int left = 36;
        int bottom = 40;
        int plot = height - bottom - 20;
        double step = (double) (width - left - 10) / Math.max(1, bars.size());
        StringBuilder svg = open(id, title, description, width, height);
        svg.append(line(left, 20, left, height - bottom))
                .append(line(left, height - bottom, width - 10, height - bottom));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double h = max <= 0 ? 0 : plot * bar.value() / max;
            double x = left + i * step + step * 0.15;
            double w = step * 0.7;
            double y = height - bottom - h;
            svg.append(
                    String.format(
                            Locale.ROOT,
                            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"%s\"/>",
                            x,
                            y,
                            w,
                            h,
                            bar.highlighted() ? "bar bar-alert" : "bar"));
            svg.append(text(x + w / 2, y - 4, "middle", bar.valueText(), "bar-value"));
            svg.append(text(x + w / 2, height - bottom + 16, "middle", bar.label(), "axis-label"));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars from 0 to 100 %, e.g. each question's success at first try. */
    static String rows(String id, String title, String description, List<Bar> bars) {
        int width = 640;
        int rowHeight = 22;
        int left = 110;
        int height = 30 + rowHeight * bars.size();
        double plot = width - left - 60;
        StringBuilder svg = open(id, title, description, width, height);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = 10 + i * rowHeight;
            svg.append(text(left - 6, y + 14, "end", bar.label(), "axis-label"));
            svg.append(
                    String.format(
                            Locale.ROOT,
                            "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\" class=\"track\"/>",
                            left,
                            y + 2,
                            plot));
            svg.append(
                    String.format(
                            Locale.ROOT,
                            "<rect x=\"%d\" y=\"%.1f\" width=\"%.1f\" height=\"16\" class=\"%s\"/>",
                            left,
                            y + 2,
                            plot * Math.max(0, Math.min(100, bar.value())) / 100,
                            bar.highlighted() ? "bar bar-alert" : "bar"));
            svg.append(text(left + plot + 6, y + 14, "start", bar.valueText(), "bar-value"));
        }
        double fifty = left + plot / 2;
        svg.append(
                String.format(
                        Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"6\" x2=\"%.1f\" y2=\"%d\" class=\"guide\"/>",
                        fifty,
                        fifty,
                        height - 16));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(
            String id, String title, String description, int width, int height) {
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" id=\"")
                .append(id)
                .append("\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
        return svg;
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\""
                + x1
                + "\" y1=\""
                + y1
                + "\" x2=\""
                + x2
                + "\" y2=\""
                + y2
                + "\" class=\"axis\"/>";
    }

    private static String text(double x, double y, String anchor, String text, String className) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\" aria-hidden=\"true\">%s</text>",
                x,
                y,
                anchor,
                className,
                escape(text));
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
