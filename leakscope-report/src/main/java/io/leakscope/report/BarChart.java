package io.leakscope.report;

import java.util.List;
import java.util.Map;

/** A horizontal bar chart as inline SVG, so the report needs no script and no network. */
final class BarChart {
    private static final int BAR = 22;
    private static final int LABEL = 190;
    private static final int WIDTH = 420;

    private BarChart() {
    }

    static String svg(String label, List<Map.Entry<String, Integer>> bars) {
        int max = bars.stream().mapToInt(Map.Entry::getValue).max().orElse(1);
        int height = bars.size() * (BAR + 6) + 10;
        StringBuilder sb = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"")
                .append(ReportWriter.esc(label)).append("\" width=\"")
                .append(LABEL + WIDTH + 60).append("\" height=\"").append(height).append("\">");
        int y = 5;
        for (Map.Entry<String, Integer> b : bars) {
            int w = Math.max(1, (int) Math.round((double) b.getValue() / max * WIDTH));
            sb.append("<text class=\"lbl\" x=\"0\" y=\"").append(y + 15).append("\">").append(ReportWriter.esc(b.getKey())).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(w)
                    .append("\" height=\"").append(BAR).append("\"/>")
                    .append("<text class=\"lbl\" x=\"").append(LABEL + w + 5).append("\" y=\"").append(y + 15).append("\">")
                    .append(b.getValue()).append("</text>");
            y += BAR + 6;
        }
        return sb.append("</svg>").toString();
    }
}
