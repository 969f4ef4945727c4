package io.pairwise.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.session.SessionHeld;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The event log carries no free-text personal notes, and erasure does not repeat what it erases. */
class PrivacyTest {

    private static final Pattern PRIVATE_FIELD = Pattern.compile(
            "(?i).*(note|comment|reflection|agenda|prework|actionitem|expectation|feedbacktext).*");

    @Test
    void participantErasedCarriesTheIdAndTimeOnly() {
        JsonNode json = Schemas.json(EventSamples.sample(ParticipantErased.class));

        assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactly("participantId", "occurredAt");
        assertThat(json.path("participantId").asText()).isEqualTo(EventSamples.MENTEE_ID);
        assertThat(Schemas.schemaOf(EventCatalog.of(ParticipantErased.class)).path("properties").properties())
                .extracting(Map.Entry::getKey).containsExactly("participantId", "occurredAt");
    }

    @Test
    void sessionHeldCarriesIdsCodesAndTimesButNoText() {
        JsonNode json = Schemas.json(EventSamples.sample(SessionHeld.class));

        assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactly("sessionId", "mentorshipId",
                "programId", "memberIds", "heldAt", "durationMinutes", "attendeeIds", "channel", "occurredAt");
        // ids, enum codes and timestamps only: free text would contain spaces
        assertThat(strings(json)).isNotEmpty().allSatisfy(value -> assertThat(value).doesNotContainAnyWhitespaces());
    }

    @Test
    void noSchemaDeclaresAPrivateNoteField() {
        for (EventType type : EventCatalog.all()) {
            List<String> names = new ArrayList<>();
            collectPropertyNames(Schemas.schemaOf(type), names);
            assertThat(names).as(type.type()).noneMatch(name -> PRIVATE_FIELD.matcher(name).matches());
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        }
        node.forEach(child -> values.addAll(strings(child)));
        return values;
    }

    private static void collectPropertyNames(JsonNode schema, List<String> names) {
        schema.path("properties").properties().forEach(property -> names.add(property.getKey()));
        schema.forEach(child -> collectPropertyNames(child, names));
    }
}
