package io.pairwise.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.testsupport.PublishedEvents.Published;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The mentoring agreement: drafted, edited, confirmed by every member, and announced once in force. */
class AgreementIT extends SessionServiceIntegrationTest {

    private static final Map<String, Object> TERMS = Map.of("baseVersion", 0,
            "expectations", "We meet every two weeks; the mentee sets the agenda",
            "cadenceDays", 14, "channels", List.of("VIDEO", "IN_PERSON"),
            "confidentialityNote", "What is said in sessions stays between us",
            "goals", List.of("Lead a cross-team project", "Present at the all-hands"));

    @Test
    void theAgreementIsInForceOnceEveryMemberConfirmedItsVersion() {
        Pair pair = newPair();
        String agreement = agreementOf(pair);
        assertProblem(get(agreement, pair.mentor()), 404, "not-found");

        Response drafted = put(agreement, pair.mentee(), TERMS);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        assertThat(drafted.json().path("version").asInt()).isEqualTo(1);
        assertThat(drafted.json().path("status").asString()).isEqualTo("DRAFT");
        assertThat(strings(drafted.json().path("awaitingConfirmationFrom"))).containsExactly(pair.mentor(), pair.mentee());

        JsonNode half = post(agreement + "/confirmations", pair.mentee(), Map.of("version", 1)).json();
        assertThat(half.path("status").asString()).isEqualTo("DRAFT");
        assertThat(strings(half.path("awaitingConfirmationFrom"))).containsExactly(pair.mentor());
        JsonNode confirmed = post(agreement + "/confirmations", pair.mentor(), Map.of("version", 1)).json();
        assertThat(confirmed.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(confirmed.path("confirmedAt").isNull()).isFalse();
        // Confirming again is harmless and announces nothing new.
        assertThat(post(agreement + "/confirmations", pair.mentor(), Map.of("version", 1)).status()).isEqualTo(200);

        Published event = awaitEvents(pair.mentorshipId(), "agreement-confirmed.v1", 1).getFirst();
        assertThat(event.data().path("cadenceDays").asInt()).isEqualTo(14);
        assertThat(event.data().path("channels").toString()).contains("VIDEO", "IN_PERSON");
        assertThat(event.data().toString()).doesNotContain("stays between us").doesNotContain("agenda");
        JsonNode mentorship = get("/api/v1/sessions/mentorships/" + pair.mentorshipId(), pair.mentor()).json();
        assertThat(mentorship.path("agreementStatus").asString()).isEqualTo("CONFIRMED");
        assertThat(mentorship.path("cadence").path("agreed").asBoolean()).isTrue();

        // A new version needs everyone again, and is announced again once it is in force.
        Map<String, Object> monthly = new java.util.HashMap<>(TERMS);
        monthly.put("baseVersion", 1);
        monthly.put("cadenceDays", 28);
        assertThat(put(agreement, pair.mentor(), monthly).json().path("status").asString()).isEqualTo("DRAFT");
        assertProblem(post(agreement + "/confirmations", pair.mentee(), Map.of("version", 1)), 409, "conflict");
        post(agreement + "/confirmations", pair.mentee(), Map.of("version", 2));
        post(agreement + "/confirmations", pair.mentor(), Map.of("version", 2));
        List<Published> announced = awaitEvents(pair.mentorshipId(), "agreement-confirmed.v1", 2);
        assertThat(announced.get(1).data().path("cadenceDays").asInt()).isEqualTo(28);
        assertThat(announced).hasSize(2);
    }

    @Test
    void anEditOnAStaleVersionIsRefusedSoNobodyOverwritesWhatTheyHaveNotSeen() {
        Pair pair = newPair();
        put(agreementOf(pair), pair.mentor(), TERMS);
        Response stale = put(agreementOf(pair), pair.mentee(), TERMS); // still based on version 0
        assertProblem(stale, 409, "conflict");
        assertThat(stale.json().path("detail").asString()).contains("version 1");
        assertThat(get(agreementOf(pair), pair.mentee()).json().path("version").asInt()).isEqualTo(1);
    }

    @Test
    void invalidTermsAreProblemsWithFieldErrorsAndNonMembersGet404() {
        Pair pair = newPair();
        Response invalid = put(agreementOf(pair), pair.mentor(), Map.of("baseVersion", 0, "expectations", "",
                "cadenceDays", 0, "channels", List.of()));
        assertProblem(invalid, 400, "validation");
        assertThat(invalid.json().path("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("cadenceDays", "channels", "expectations");
        assertProblem(post(agreementOf(pair) + "/confirmations", pair.mentor(), Map.of("version", 0)), 400, "validation");
        assertProblem(get(agreementOf(pair), pair.mentor()), 404, "not-found");

        String outsider = id("outsider");
        assertProblem(put(agreementOf(pair), outsider, TERMS), 404, "not-found");
        assertProblem(get(agreementOf(pair), outsider), 404, "not-found");
        assertThat(PUBLISHED.of(pair.mentorshipId())).isEmpty();
    }

    private static String agreementOf(Pair pair) {
        return "/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/agreement";
    }
}
