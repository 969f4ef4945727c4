package io.pairwise.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.notification.domain.NotificationType;
import io.pairwise.notification.domain.Recipient;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    private final TemplateRenderer renderer = new TemplateRenderer("https://app.example.com/");
    private final Recipient german = new Recipient("p1", "Greta", "g@example.com", "de-CH", "Europe/Zurich");
    private final Recipient english = new Recipient("p2", "Sam", "s@example.com", "en-US", "America/New_York");

    @Test
    void rendersInTheRecipientsLanguageAndZone() {
        Map<String, Object> facts = Map.of("mentorshipId", "msh-1", "sessionId", "s-1", "others", List.of("Sam"),
                "startsAt", "2026-03-10T15:00:00Z", "leadHours", 24L);
        Rendered de = renderer.render(NotificationType.SESSION_REMINDER, german, facts);
        assertThat(de.title()).isEqualTo("Erinnerung: Sitzung mit Sam in 24 Std.");
        assertThat(de.body()).contains("Hallo Greta", "16:00", "Europe/Zurich", "https://app.example.com/mentorships/msh-1");
        Rendered en = renderer.render(NotificationType.SESSION_REMINDER, english, facts);
        assertThat(en.body()).contains("Hello Sam", "11:00", "America/New_York");
    }

    @Test
    void reasonsAreWordedPerLanguageFromTheirCodes() {
        Map<String, Object> facts = Map.of("mentorshipId", "msh-1", "others", List.of("Sam"), "role", "mentor",
                "scorePercent", 82L, "reasons", List.of(Map.of("code", "shared-goal", "skill", "Kafka",
                        "mentorLevel", "4", "text", "shares your goal: Kafka (mentor level 4)"),
                        Map.of("code", "unknown-code", "text", "something new")));
        Rendered de = renderer.render(NotificationType.MATCH_PROPOSED, german, facts);
        assertThat(de.body()).contains("als Mentor:in", "teilt dein Ziel: Kafka (Mentor-Level 4)", "- something new");
        Rendered en = renderer.render(NotificationType.MATCH_PROPOSED, english, facts);
        assertThat(en.body()).contains("as mentor", "shares your goal: Kafka (mentor level 4)");
    }

    @Test
    void missingFactsLeaveOptionalPartsOut() {
        Rendered rendered = renderer.render(NotificationType.SESSION_SCHEDULED, english,
                Map.of("mentorshipId", "m", "others", List.of("Ann"), "startsAt", "2026-03-10T15:00:00Z",
                        "durationMinutes", 30));
        assertThat(rendered.body()).startsWith("Hello Sam").contains("There is a 30-minute session with Ann");
    }

    @Test
    void everyTypeHasATitleInEnglishAndGerman() {
        Arrays.stream(NotificationType.values()).forEach(type -> {
            assertThat(renderer.render(type, english, Map.of()).title()).as(type.key()).isNotBlank();
            assertThat(renderer.render(type, german, Map.of()).title()).as(type.key()).isNotBlank();
        });
    }

    @Test
    void aDigestListsEveryItem() {
        Rendered digest = renderer.digest(german, List.of(new Rendered("Eins", "erster Text"),
                new Rendered("Zwei", "zweiter Text")));
        assertThat(digest.title()).isEqualTo("Dein Pairwise-Überblick: 2 Neuigkeiten");
        assertThat(digest.body()).contains("* Eins", "erster Text", "* Zwei");
    }
}
