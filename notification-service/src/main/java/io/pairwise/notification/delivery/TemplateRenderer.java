package io.pairwise.notification.delivery;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.pairwise.notification.domain.NotificationType;
import io.pairwise.notification.domain.Recipient;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Renders a notification with its Mustache template ({@code templates/<type>.<language>.mustache}: the
 * first line is the title, the rest the body) in the recipient's language, falling back to English.
 * Instants are shown in the recipient's zone and locale; match reasons are worded per language from
 * their codes ({@code templates/reasons.<language>.properties}), falling back to matching's English text.
 * Templates only ever see the facts the events carried, so no session notes can reach them.
 */
@Component
public class TemplateRenderer {

    static final String FALLBACK = "en";
    private static final Mustache.Compiler COMPILER = Mustache.compiler().escapeHTML(false).defaultValue("")
            .emptyStringIsFalse(true);

    private final Map<String, Template> templates = new ConcurrentHashMap<>();
    private final Map<String, Properties> reasonTexts = new ConcurrentHashMap<>();
    private final String appUrl;

    public TemplateRenderer(@Value("${pairwise.notifications.app-url:https://pairwise.example.com}") String appUrl) {
        this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
    }

    public Rendered render(NotificationType type, Recipient recipient, Map<String, Object> facts) {
        String language = language(type.key(), recipient.locale());
        Map<String, Object> context = context(recipient, facts, language);
        String text = template(type.key(), language).execute(context).strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? new Rendered(text, "")
                : new Rendered(text.substring(0, newline).strip(), text.substring(newline + 1).strip());
    }

    /** Several notifications in one mail: the digest's own heading, then each title and body. */
    public Rendered digest(Recipient recipient, List<Rendered> items) {
        String language = language("digest", recipient.locale());
        Map<String, Object> context = new HashMap<>();
        context.put("name", recipient.name());
        context.put("count", items.size());
        context.put("items", items);
        context.put("appUrl", appUrl);
        String text = template("digest", language).execute(context).strip();
        int newline = text.indexOf('\n');
        return new Rendered(text.substring(0, newline).strip(), text.substring(newline + 1).strip());
    }

    private Map<String, Object> context(Recipient recipient, Map<String, Object> facts, String language) {
        Locale locale = recipient.locale();
        ZoneId zone = recipient.zone();
        Map<String, Object> context = new HashMap<>(facts);
        context.put("name", recipient.name());
        context.put("timeZone", zone.getId());
        context.put("appUrl", appUrl);
        if (facts.get("mentorshipId") != null) {
            context.put("link", appUrl + "/mentorships/" + facts.get("mentorshipId"));
        }
        context.put("isMentor", "mentor".equals(facts.get("role")));
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(zone);
        facts.forEach((key, value) -> {
            if (key.endsWith("At") && value instanceof String text) {
                try {
                    context.put(key, times.format(Instant.parse(text)));
                } catch (DateTimeParseException e) {
                    context.put(key, text);
                }
            }
            if (value instanceof Collection<?> list && !list.isEmpty() && list.iterator().next() instanceof String) {
                context.put(key + "Text", String.join(", ", list.stream().map(String::valueOf).toList()));
            }
        });
        if (facts.get("plannedEndDate") instanceof String date) {
            context.put("plannedEndDate", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(LocalDate.parse(date)));
        }
        if (facts.get("reasons") instanceof List<?> reasons) {
            context.put("reasons", reasons.stream().map(reason -> reasonText((Map<?, ?>) reason, language)).toList());
            context.put("hasReasons", !reasons.isEmpty());
        }
        return context;
    }

    private String reasonText(Map<?, ?> reason, String language) {
        Properties texts = reasonTexts.computeIfAbsent(language, this::loadReasons);
        String wording = reason.get("code") == null ? null : texts.getProperty(String.valueOf(reason.get("code")));
        Object english = reason.get("text");
        if (wording == null) {
            return english == null ? "" : english.toString();
        }
        return COMPILER.compile(wording).execute(reason);
    }

    private Properties loadReasons(String language) {
        Properties properties = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/templates/reasons." + language + ".properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private String language(String key, Locale locale) {
        String language = locale.getLanguage();
        return getClass().getResource(path(key, language)) != null ? language : FALLBACK;
    }

    private Template template(String key, String language) {
        return templates.computeIfAbsent(key + "." + language, k -> {
            try (InputStream in = getClass().getResourceAsStream(path(key, language))) {
                if (in == null) {
                    throw new IllegalStateException("no template " + path(key, language));
                }
                return COMPILER.compile(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String path(String key, String language) {
        return "/templates/" + key + "." + language + ".mustache";
    }
}
