package io.pairwise.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.session.domain.SessionService;
import io.pairwise.testsupport.PublishedEvents.Published;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Every path of a session's life, as members drive it over HTTP, and the events each one publishes. */
class SessionLifecycleIT extends SessionServiceIntegrationTest {

    @Autowired
    SessionService sessionService;

    @Test
    void aSessionIsScheduledRescheduledAndCancelledWithAnEventForEachStep() {
        Pair pair = newPair();
        LocalDateTime start = localIn(Duration.ofDays(3), BERLIN).withHour(16).withMinute(0);
        Response scheduled = post(sessionsOf(pair), pair.mentee(), sessionRequest(start, BERLIN, 45));
        assertThat(scheduled.status()).as(scheduled.body()).isEqualTo(201);
        JsonNode session = scheduled.json();
        String id = session.path("id").asString();
        Instant startsAt = start.atZone(ZoneId.of(BERLIN)).toInstant();

        // Stored and shown in UTC, and in each member's own zone.
        assertThat(session.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(session.path("startsAt").asString())).isEqualTo(startsAt);
        assertThat(session.path("timeZone").asString()).isEqualTo(BERLIN);
        assertThat(session.path("yourTime").path("timeZone").asString()).isEqualTo(NEW_YORK);
        assertThat(session.path("yourTime").path("start").asString())
                .isEqualTo(startsAt.atZone(ZoneId.of(NEW_YORK)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        assertThat(session.path("memberTimes").findValuesAsString("timeZone")).containsExactlyInAnyOrder(BERLIN, NEW_YORK);
        assertThat(get("/api/v1/sessions/" + id, pair.mentor()).json().path("yourTime").path("start").asString())
                .startsWith(start.toString());

        Published scheduledEvent = awaitEvents(pair.mentorshipId(), "session-scheduled.v1", 1).getFirst();
        assertThat(scheduledEvent.data().path("sessionId").asText()).isEqualTo(id);
        assertThat(scheduledEvent.data().path("scheduledBy").asText()).isEqualTo(pair.mentee());
        assertThat(Instant.parse(scheduledEvent.data().path("startsAt").asText())).isEqualTo(startsAt);
        assertThat(scheduledEvent.data().toString()).doesNotContain("Career goals").doesNotContain("meet.example.com");

        LocalDateTime moved = start.plusDays(1).withHour(9);
        Response rescheduled = post("/api/v1/sessions/" + id + "/reschedule", pair.mentor(),
                Map.of("start", moved.toString(), "timeZone", BERLIN, "durationMinutes", 60));
        assertThat(rescheduled.status()).as(rescheduled.body()).isEqualTo(200);
        assertThat(rescheduled.json().path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(rescheduled.json().path("revision").asInt()).isEqualTo(1);
        Published rescheduledEvent = awaitEvents(pair.mentorshipId(), "session-rescheduled.v1", 1).getFirst();
        assertThat(Instant.parse(rescheduledEvent.data().path("previousStartsAt").asText())).isEqualTo(startsAt);
        assertThat(rescheduledEvent.data().path("rescheduledBy").asText()).isEqualTo(pair.mentor());

        Response cancelled = post("/api/v1/sessions/" + id + "/cancel", pair.mentee(), Map.of("reason", "ILLNESS"));
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        Published cancelledEvent = awaitEvents(pair.mentorshipId(), "session-cancelled.v1", 1).getFirst();
        assertThat(cancelledEvent.data().path("reasonCode").asText()).isEqualTo("ILLNESS");
        assertThat(cancelledEvent.data().path("cancelledBy").asText()).isEqualTo(pair.mentee());

        // A cancelled session stays cancelled.
        assertProblem(post("/api/v1/sessions/" + id + "/reschedule", pair.mentor(),
                Map.of("start", moved.plusDays(1).toString(), "timeZone", BERLIN, "durationMinutes", 60)), 409, "conflict");
        assertThat(PUBLISHED.of(pair.mentorshipId()).stream().map(Published::type)).containsExactly(
                "pairwise.session.session-scheduled.v1", "pairwise.session.session-rescheduled.v1",
                "pairwise.session.session-cancelled.v1");
    }

    @Test
    void aHeldSessionKeepsNotesAndActionItemsForMembersAndTakesFeedbackOncePerMember() {
        Pair pair = newPair();
        JsonNode session = schedule(pair, pair.mentor(), Duration.ofHours(2), 45);
        String id = session.path("id").asString();
        assertProblem(post("/api/v1/sessions/" + id + "/held", pair.mentor(), Map.of("attendeeIds", pair.members())),
                409, "conflict"); // not started yet
        assertProblem(post("/api/v1/sessions/" + id + "/feedback", pair.mentee(), Map.of("rating", 5)), 409, "conflict");

        afterStartOf(session);
        Response held = post("/api/v1/sessions/" + id + "/held", pair.mentor(), Map.of(
                "attendeeIds", pair.members(), "durationMinutes", 50,
                "note", "Mentee wants to lead the Q3 migration; confidential until announced",
                "actionItems", List.of(Map.of("text", "Draft the migration plan", "ownerId", pair.mentee()))));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(held.json().path("status").asString()).isEqualTo("HELD");
        Published heldEvent = awaitEvents(pair.mentorshipId(), "session-held.v1", 1).getFirst();
        assertThat(heldEvent.data().path("durationMinutes").asInt()).isEqualTo(50);
        assertThat(heldEvent.data().toString()).doesNotContain("migration");

        assertThat(put("/api/v1/sessions/" + id + "/notes/mine", pair.mentee(), Map.of("text", "Ask about budget")).status())
                .isEqualTo(200);
        String itemId = held.json().path("actionItems").get(0).path("id").asString();
        Response done = put("/api/v1/sessions/" + id + "/action-items/" + itemId, pair.mentee(), Map.of("done", true));
        assertThat(done.json().path("actionItems").get(0).path("doneAt").isNull()).isFalse();

        // Both members see both notes; anyone else is told the session does not exist, and sees no note.
        JsonNode seenByMentee = get("/api/v1/sessions/" + id, pair.mentee()).json();
        assertThat(seenByMentee.path("notes").findValuesAsString("text"))
                .containsExactlyInAnyOrder("Mentee wants to lead the Q3 migration; confidential until announced",
                        "Ask about budget");
        Response outsider = get("/api/v1/sessions/" + id, id("outsider"));
        assertProblem(outsider, 404, "not-found");
        assertThat(outsider.body()).doesNotContain("migration").doesNotContain("budget");
        assertProblem(put("/api/v1/sessions/" + id + "/notes/mine", id("outsider"), Map.of("text", "hi")), 404, "not-found");
        assertThat(call("GET", "/api/v1/sessions/" + id, token("ada", "PROGRAM_ADMIN"), null).status()).isEqualTo(403);

        Response mentorFeedback = post("/api/v1/sessions/" + id + "/feedback", pair.mentor(),
                Map.of("rating", 4, "comment", "Good energy, needs more structure"));
        assertThat(mentorFeedback.status()).as(mentorFeedback.body()).isEqualTo(201);
        assertThat(post("/api/v1/sessions/" + id + "/feedback", pair.mentee(), Map.of("rating", 5)).status()).isEqualTo(201);
        assertProblem(post("/api/v1/sessions/" + id + "/feedback", pair.mentor(), Map.of("rating", 1)), 409, "conflict");

        List<Published> feedback = awaitEvents(pair.mentorshipId(), "feedback-submitted.v1", 2);
        assertThat(feedback).extracting(f -> f.data().path("fromParticipantId").asText())
                .containsExactlyInAnyOrder(pair.mentor(), pair.mentee());
        assertThat(feedback).allSatisfy(f -> assertThat(f.data().toString()).doesNotContain("structure"));
        // A member sees their own comment and who else rated, never another member's comment.
        JsonNode mentee = get("/api/v1/sessions/" + id, pair.mentee()).json();
        assertThat(mentee.path("yourFeedback").path("rating").asInt()).isEqualTo(5);
        assertThat(strings(mentee.path("feedbackFrom"))).containsExactlyInAnyOrder(pair.mentor(), pair.mentee());
        assertThat(mentee.toString()).doesNotContain("needs more structure");
        assertThat(get("/api/v1/sessions/" + id, pair.mentor()).json().path("yourFeedback").path("comment").asString())
                .isEqualTo("Good energy, needs more structure");
    }

    @Test
    void aSessionThatDidNotTakePlaceIsMarkedMissedByAMemberOrByTheServiceAfterTheGracePeriod() {
        Pair pair = newPair();
        JsonNode reported = schedule(pair, pair.mentor(), Duration.ofHours(1), 30);
        afterStartOf(reported);
        Response missed = post("/api/v1/sessions/" + reported.path("id").asString() + "/missed", pair.mentor(),
                Map.of("absentIds", List.of(pair.mentee())));
        assertThat(missed.status()).as(missed.body()).isEqualTo(200);
        assertThat(missed.json().path("status").asString()).isEqualTo("MISSED");
        Published byMember = awaitEvents(pair.mentorshipId(), "session-missed.v1", 1).getFirst();
        assertThat(byMember.data().path("reportedBy").asText()).isEqualTo(pair.mentor());
        assertThat(byMember.data().path("absentIds").get(0).asText()).isEqualTo(pair.mentee());
        assertProblem(post("/api/v1/sessions/" + reported.path("id").asString() + "/missed", pair.mentor(),
                Map.of("absentIds", List.of(id("stranger")))), 409, "conflict");

        JsonNode forgotten = schedule(pair, pair.mentee(), Duration.ofHours(2), 30);
        clock.advance(Duration.ofDays(4));
        assertThat(sessionService.markUnrecordedMissed(Duration.ofDays(3))).isPositive();
        Published bySystem = awaitEvents(pair.mentorshipId(), "session-missed.v1", 2).get(1);
        assertThat(bySystem.data().path("sessionId").asText()).isEqualTo(forgotten.path("id").asString());
        assertThat(bySystem.data().has("reportedBy")).isFalse();
        assertThat(get("/api/v1/sessions/" + forgotten.path("id").asString(), pair.mentee()).json().path("status")
                .asString()).isEqualTo("MISSED");
    }

    @Test
    void noParticipantIsBookedTwiceAtOnceAcrossTheirMentorships() {
        Pair first = newPair();
        Pair second = newPair(first.mentor()); // the same mentor with another mentee
        LocalDateTime ten = localIn(Duration.ofDays(5), BERLIN).withHour(10).withMinute(0);
        assertThat(post(sessionsOf(first), first.mentee(), sessionRequest(ten, BERLIN, 60)).status()).isEqualTo(201);

        Response overlapping = post(sessionsOf(second), second.mentee(), sessionRequest(ten.plusMinutes(30), BERLIN, 60));
        assertProblem(overlapping, 409, "conflict");
        assertThat(overlapping.json().path("detail").asString()).contains(first.mentor());
        // The same wall-clock slot in another zone is another instant, and back-to-back is fine.
        assertThat(post(sessionsOf(second), second.mentee(), sessionRequest(ten, NEW_YORK, 60)).status()).isEqualTo(201);
        assertThat(post(sessionsOf(second), second.mentee(), sessionRequest(ten.plusHours(1), BERLIN, 60)).status())
                .isEqualTo(201);
        // Moving a session onto another one is refused as well.
        JsonNode later = post(sessionsOf(second), second.mentor(), sessionRequest(ten.plusHours(3), BERLIN, 30)).json();
        assertProblem(post("/api/v1/sessions/" + later.path("id").asString() + "/reschedule", second.mentor(),
                Map.of("start", ten.plusMinutes(15).toString(), "timeZone", BERLIN, "durationMinutes", 30)), 409, "conflict");
        assertThat(get(sessionsOf(second), second.mentor()).json().size()).isEqualTo(3);
    }

    @Test
    void concurrentRequestsForTheSameSlotBookItOnce() throws Exception {
        String mentor = id("busy-mentor");
        List<Pair> pairs = List.of(newPair(mentor), newPair(mentor), newPair(mentor), newPair(mentor));
        LocalDateTime slot = localIn(Duration.ofDays(9), BERLIN).withHour(14).withMinute(0);
        List<Callable<Integer>> requests = new ArrayList<>();
        for (Pair pair : pairs) {
            requests.add(() -> post(sessionsOf(pair), pair.mentee(), sessionRequest(slot, BERLIN, 60)).status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(pairs.size())) {
            for (Future<Integer> status : pool.invokeAll(requests)) {
                statuses.add(status.get());
            }
        }
        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
    }

    @Test
    void aSeriesFollowsTheAgreedCadenceAtTheSameLocalTimeAcrossDaylightSavingChanges() {
        Pair pair = newPair();
        LocalDateTime first = LocalDateTime.of(localIn(Duration.ZERO, BERLIN).getYear() + 1, 3, 16, 16, 0);
        Map<String, Object> series = Map.of("firstStart", first.toString(), "timeZone", BERLIN, "durationMinutes", 45,
                "occurrences", 4, "channel", "IN_PERSON", "location", "Berlin office, room 4.12");
        assertProblem(post(sessionsOf(pair) + "/series", pair.mentor(), series), 409, "conflict");

        String agreement = "/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/agreement";
        put(agreement, pair.mentor(), Map.of("baseVersion", 0, "expectations", "Meet fortnightly, come prepared",
                "cadenceDays", 14, "channels", List.of("IN_PERSON", "VIDEO")));
        pair.members().forEach(member -> post(agreement + "/confirmations", member, Map.of("version", 1)));

        Response created = post(sessionsOf(pair) + "/series", pair.mentor(), series);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        List<JsonNode> sessions = new ArrayList<>();
        created.json().forEach(sessions::add);
        assertThat(sessions).hasSize(4);
        assertThat(sessions.stream().map(s -> s.path("seriesId").asString()).distinct()).hasSize(1);
        for (int i = 0; i < sessions.size(); i++) {
            Instant startsAt = Instant.parse(sessions.get(i).path("startsAt").asString());
            assertThat(startsAt.atZone(ZoneId.of(BERLIN)).toLocalDateTime()).isEqualTo(first.plusDays(14L * i));
        }
        // Summer time starts in between: the same 16:00 in Berlin is an hour earlier in UTC.
        assertThat(Duration.between(Instant.parse(sessions.get(0).path("startsAt").asString()),
                Instant.parse(sessions.get(1).path("startsAt").asString()))).isEqualTo(Duration.ofDays(14).minusHours(1));
        awaitEvents(pair.mentorshipId(), "session-scheduled.v1", 4);

        // A series that would overlap an existing session is refused whole.
        Response overlapping = post(sessionsOf(pair) + "/series", pair.mentee(), Map.of("firstStart",
                first.plusDays(14).plusMinutes(15).toString(), "timeZone", BERLIN, "durationMinutes", 30,
                "occurrences", 3, "channel", "VIDEO"));
        assertProblem(overlapping, 409, "conflict");
        assertThat(get(sessionsOf(pair), pair.mentee()).json().size()).isEqualTo(4);
    }

    @Test
    void invalidRequestsAreProblemsThatNameTheFieldAndChangeNothing() {
        Pair pair = newPair();
        LocalDateTime start = localIn(Duration.ofDays(2), BERLIN).withHour(11).withMinute(0);

        Response missing = post(sessionsOf(pair), pair.mentor(), Map.of("timeZone", BERLIN, "durationMinutes", 5));
        assertProblem(missing, 400, "validation");
        assertThat(missing.json().path("errors").findValuesAsString("field"))
                .contains("start", "durationMinutes", "channel");

        Map<String, Object> badZone = sessionRequest(start, "Mars/Olympus", 30);
        assertProblem(post(sessionsOf(pair), pair.mentor(), badZone), 400, "validation");
        Map<String, Object> inPersonNowhere = sessionRequest(start, BERLIN, 30);
        inPersonNowhere.put("channel", "IN_PERSON");
        assertProblem(post(sessionsOf(pair), pair.mentor(), inPersonNowhere), 400, "validation");
        Map<String, Object> badLink = sessionRequest(start, BERLIN, 30);
        badLink.put("meetingLink", "javascript:alert(1)");
        assertProblem(post(sessionsOf(pair), pair.mentor(), badLink), 400, "validation");
        assertProblem(post(sessionsOf(pair), pair.mentor(), sessionRequest(localIn(Duration.ofDays(-1), BERLIN), BERLIN, 30)),
                400, "validation");
        // 02:30 on the last Sunday of March does not exist in Berlin.
        LocalDateTime gap = LocalDateTime.of(start.getYear() + 1, 3, 1, 2, 30)
                .with(java.time.temporal.TemporalAdjusters.lastInMonth(java.time.DayOfWeek.SUNDAY));
        Response skipped = post(sessionsOf(pair), pair.mentor(), sessionRequest(gap, BERLIN, 30));
        assertProblem(skipped, 400, "validation");
        assertThat(skipped.json().path("detail").asString()).contains("does not exist");
        assertProblem(post(sessionsOf(pair), pair.mentor(), "{\"start\": "), 400, "malformed-request");
        Map<String, Object> unknownChannel = sessionRequest(start, BERLIN, 30);
        unknownChannel.put("channel", "CARRIER_PIGEON");
        assertProblem(post(sessionsOf(pair), pair.mentor(), unknownChannel), 400, "malformed-request");
        assertProblem(get(sessionsOf(pair) + "?limit=0", pair.mentor()), 400, "validation");

        // Not a member: 404 whatever the body.
        assertProblem(post(sessionsOf(pair), id("outsider"), sessionRequest(start, BERLIN, 30)), 404, "not-found");

        assertThat(get(sessionsOf(pair), pair.mentor()).json().size()).isZero();
        assertThat(PUBLISHED.of(pair.mentorshipId())).isEmpty();
    }

    private static String sessionsOf(Pair pair) {
        return "/api/v1/sessions/mentorships/" + pair.mentorshipId() + "/sessions";
    }
}
