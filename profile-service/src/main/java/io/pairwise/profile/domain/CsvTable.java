package io.pairwise.profile.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF).
 * The delimiter is a comma, or a semicolon when the header has semicolons and no commas, as spreadsheet
 * exports in many locales write. Header names are compared without case, spaces, dashes or underscores,
 * so {@code employee_id}, {@code Employee ID} and {@code employeeId} are the same column.
 */
public record CsvTable(List<String> columns, List<Row> rows) {

    /** @param number the record's number in the file, the header being 1 */
    public record Row(int number, List<String> values) {
    }

    public CsvTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public static CsvTable parse(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstLineEnd = content.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? content : content.substring(0, firstLineEnd);
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        List<List<String>> records = records(content, delimiter);
        if (records.isEmpty()) {
            throw new IllegalArgumentException("The CSV file is empty; it needs a header row");
        }
        List<String> header = records.getFirst().stream().map(CsvTable::columnKey).toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            rows.add(new Row(i + 1, records.get(i)));
        }
        return new CsvTable(header, rows);
    }

    public static String columnKey(String name) {
        return name.replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }

    public boolean hasColumn(String name) {
        return columns.contains(columnKey(name));
    }

    /** The row's values by column key; null when the row has a different number of fields than the header. */
    public Map<String, String> valuesOf(Row row) {
        if (row.values().size() != columns.size()) {
            return null;
        }
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            values.put(columns.get(i), row.values().get(i));
        }
        return values;
    }

    private static List<List<String>> records(String content, char delimiter) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int length = content.length();
        for (int i = 0; i < length; i++) {
            char c = content.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < length && content.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && content.charAt(i + 1) == '\n') {
                    i++;
                }
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("The CSV file ends inside a quoted field (record " + (records.size() + 1) + ")");
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    /** Adds the record unless the line was empty: blank lines are not rows. */
    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field,
                                  boolean fieldStarted) {
        if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        field.setLength(0);
    }
}
