package io.pairwise.analytics.api;

import io.pairwise.analytics.domain.Figure;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 tables of the figures: a suppressed figure reads "suppressed", no figure an empty cell. */
final class Csv {

    static final String MEDIA_TYPE = "text/csv";

    private final StringBuilder out = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv row(Object... cells) {
        out.append(java.util.Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    <T> Csv rows(List<T> items, java.util.function.Function<T, Object[]> cells) {
        items.forEach(item -> row(cells.apply(item)));
        return this;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Figure figure) {
            return figure.suppressed() ? "suppressed" : figure.value() == null ? "" : number(figure.value());
        }
        String text = value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
