package io.pairwise.notification.delivery;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML alternative of a mail, derived from its plain text so each template stays the one source:
 * blank lines separate paragraphs, lines starting with "- " become a list, web addresses become links.
 * Everything from the facts is escaped. Inline styles only: mail clients drop style sheets.
 */
final class MailHtml {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");
    private static final String FONT = "font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;";

    private MailHtml() {
    }

    static String of(Rendered content) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(content.title())).append("</title></head>\n<body style=\"margin:0;padding:24px;")
                .append("background:#f5f6f8;\">\n<div style=\"").append(FONT)
                .append("max-width:600px;margin:0 auto;background:#fff;border-radius:6px;padding:24px;")
                .append("color:#1d2330;font-size:15px;line-height:1.5;\">\n<h1 style=\"font-size:20px;")
                .append("margin:0 0 16px;color:#1d3557;\">").append(escape(content.title())).append("</h1>\n");
        for (String paragraph : content.body().split("\\n\\s*\\n")) {
            List<String> lines = paragraph.strip().lines().toList();
            boolean inList = false;
            StringBuilder text = new StringBuilder();
            for (String line : lines) {
                boolean item = line.startsWith("- ");
                if (item && !inList) {
                    flush(html, text);
                    html.append("<ul style=\"padding-left:20px;margin:0 0 12px;\">\n");
                } else if (!item && inList) {
                    html.append("</ul>\n");
                }
                inList = item;
                if (item) {
                    html.append("<li>").append(linked(line.substring(2))).append("</li>\n");
                } else {
                    text.append(text.isEmpty() ? "" : "<br>\n").append(linked(line));
                }
            }
            if (inList) {
                html.append("</ul>\n");
            }
            flush(html, text);
        }
        return html.append("<p style=\"margin:24px 0 0;font-size:12px;color:#5a6275;\">Pairwise</p>\n")
                .append("</div>\n</body></html>\n").toString();
    }

    private static void flush(StringBuilder html, StringBuilder text) {
        if (!text.isEmpty()) {
            html.append("<p style=\"margin:0 0 12px;\">").append(text).append("</p>\n");
            text.setLength(0);
        }
    }

    private static String linked(String line) {
        Matcher link = LINK.matcher(line);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (link.find()) {
            String url = link.group();
            out.append(escape(line.substring(last, link.start()))).append("<a href=\"").append(escape(url))
                    .append("\" style=\"color:#1d3557;\">").append(escape(url)).append("</a>");
            last = link.end();
        }
        return out.append(escape(line.substring(last))).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
