package io.pairwise.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pairwise.contracts.EventEnvelope;
import io.pairwise.contracts.matching.DeclineReason;
import io.pairwise.contracts.matching.EndReason;
import io.pairwise.contracts.matching.MatchAccepted;
import io.pairwise.contracts.matching.MatchCriterion;
import io.pairwise.contracts.matching.MatchDeclined;
import io.pairwise.contracts.matching.MatchExpired;
import io.pairwise.contracts.matching.MatchProposed;
import io.pairwise.contracts.matching.MatchReason;
import io.pairwise.contracts.matching.Member;
import io.pairwise.contracts.matching.PairMatched;
import io.pairwise.contracts.matching.ProposalOrigin;
import io.pairwise.contracts.matching.RelationshipEnded;
import io.pairwise.contracts.matching.RelationshipOutcome;
import io.pairwise.contracts.notification.NotificationChannel;
import io.pairwise.contracts.profile.MenteeRegistered;
import io.pairwise.contracts.profile.MentorRegistered;
import io.pairwise.contracts.profile.ParticipantErased;
import io.pairwise.contracts.profile.ProgramCreated;
import io.pairwise.contracts.EventSamples;
import io.pairwise.contracts.session.CancellationReason;
import io.pairwise.contracts.session.SessionCancelled;
import io.pairwise.contracts.session.SessionChannel;
import io.pairwise.contracts.session.SessionHeld;
import io.pairwise.contracts.session.SessionRescheduled;
import io.pairwise.contracts.session.SessionScheduled;
import io.pairwise.notification.delivery.DeliveryWorker;
import io.pairwise.notification.delivery.Notifier;
import io.pairwise.notification.domain.DeliveryStatus;
import io.pairwise.notification.domain.EventNotifications;
import io.pairwise.notification.persistence.DeliveryStore;
import io.pairwise.notification.persistence.JobStore;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Each path from an event on the real broker to a mail, a webhook call or an inbox entry. */
class NotificationDeliveryIT extends NotificationServiceIntegrationTest {

    @Autowired
    DeliveryStore deliveries;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    Notifier notifier;
    @Autowired
    JobStore jobs;

    private MatchProposed proposal(String mentor, String mentee, Instant expiresAt) {
        MatchReason reason = new MatchReason(MatchCriterion.SKILL_FIT, "shared-goal",
                Map.of("skill", "Kubernetes", "mentorLevel", "5"), "shares your goal: Kubernetes (mentor level 5)");
        return new MatchProposed(id("msh"), id("prg"), List.of(mentor), List.of(mentee), ProposalOrigin.AUTOMATIC,
                0.82, Map.of(MatchCriterion.SKILL_FIT, 0.5), List.of(reason), List.of(mentor, mentee), expiresAt,
                clock.instant());
    }

    @Test
    void aProposalReachesEachMemberByMailInTheirLanguageAndInTheirInbox() throws Exception {
        String mentor = person("Greta", "de-DE", "Europe/Berlin");
        String mentee = person("Sam", "en-GB", "America/New_York");

        publish(proposal(mentor, mentee, clock.instant().plus(Duration.ofDays(10))));

        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(mentor).size() == 1 && mailsTo(mentee).size() == 1);
        MimeMessage german = mailsTo(mentor).get(0);
        assertThat(subject(german)).isEqualTo("Ein Mentoring-Match wird dir vorgeschlagen");
        assertThat(text(german)).contains("Hallo Greta", "Sam", "82 %", "teilt dein Ziel: Kubernetes (Mentor-Level 5)");
        MimeMessage english = mailsTo(mentee).get(0);
        assertThat(subject(english)).isEqualTo("A mentoring match is proposed for you");
        assertThat(text(english)).contains("Hello Sam", "Greta", "shares your goal: Kubernetes (mentor level 5)");
        // The HTML alternative says the same, its reasons as a list.
        assertThat(html(english)).contains("<h1", "A mentoring match is proposed for you", "Hello Sam",
                "<li>shares your goal: Kubernetes (mentor level 5)</li>", "<a href=\"http://localhost:8080/mentorships/msh-");

        JsonNode entry = awaitInboxEntry(mentee, "match-proposed");
        assertThat(entry.path("read").asBoolean()).isFalse();
        assertThat(get("/api/v1/notifications/inbox/unread-count", mentee).json().path("unread").asLong()).isEqualTo(1);
        // Another participant cannot see or mark it.
        assertThat(call("POST", "/api/v1/notifications/inbox/" + entry.path("id").asString() + "/read",
                token(mentor, "PARTICIPANT"), null).status()).isEqualTo(404);
        assertThat(call("POST", "/api/v1/notifications/inbox/" + entry.path("id").asString() + "/read",
                token(mentee, "PARTICIPANT"), null).status()).isEqualTo(204);
        assertThat(get("/api/v1/notifications/inbox/unread-count", mentee).json().path("unread").asLong()).isZero();
        assertThat(inboxOfType(mentor, "match-proposed")).hasSize(1);
    }

    @Test
    void everyMatchingAndSessionEventReachesTheMembers() {
        String mentor = person("Mia", "en", "Europe/London");
        String mentee = person("Noah", "de", "Europe/Berlin");
        String mentorship = id("msh");
        String program = id("prg");
        List<String> members = List.of(mentor, mentee);
        Instant now = clock.instant();

        publish(new MatchAccepted(mentorship, program, List.of(mentor), List.of(mentee), mentor, List.of(mentee), now));
        publish(new MatchDeclined(id("msh"), program, List.of(mentor), List.of(mentee), mentor, DeclineReason.NOT_A_FIT,
                now));
        publish(new MatchExpired(id("msh"), program, List.of(mentor), List.of(mentee), List.of(mentee), now));
        publish(new PairMatched(mentorship, program, List.of(new Member(mentor, "Mia", "Europe/London")),
                List.of(new Member(mentee, "Noah", "Europe/Berlin")), 0.9, List.of(), 14, LocalDate.now().plusMonths(6),
                now));
        String session = id("ses");
        publish(new SessionScheduled(session, mentorship, program, members, now.plus(Duration.ofDays(5)), 45,
                "Europe/Berlin", SessionChannel.VIDEO, mentor, now));
        publish(new SessionRescheduled(session, mentorship, program, members, now.plus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(6)), 45, "Europe/Berlin", SessionChannel.VIDEO, mentor, now));
        publish(new SessionHeld(id("ses"), mentorship, program, members, now, 50, members, SessionChannel.VIDEO, now));
        publish(new SessionCancelled(id("ses"), mentorship, program, members, now.plus(Duration.ofDays(3)), mentor,
                CancellationReason.WORKLOAD, now));
        publish(new RelationshipEnded(mentorship, program, List.of(mentor), List.of(mentee),
                RelationshipOutcome.COMPLETED, EndReason.GOALS_ACHIEVED, null, now.minus(Duration.ofDays(90)), now));

        for (String type : List.of("match-accepted", "match-declined", "match-expired", "pair-matched",
                "session-scheduled", "session-rescheduled", "feedback-request", "session-cancelled",
                "relationship-ended")) {
            assertThat(awaitInboxEntry(mentee, type).path("title").asString()).as(type).isNotBlank();
        }
        assertThat(awaitInboxEntry(mentee, "pair-matched").path("body").asString()).contains("Mia", "mentor");
        assertThat(awaitInboxEntry(mentee, "relationship-ended").path("body").asString())
                .contains("Abschlussreflexion");
        assertThat(awaitInboxEntry(mentor, "feedback-request").path("body").asString()).contains("Noah");
        // The actor is not told what they just did.
        assertThat(inboxOfType(mentor, "session-scheduled")).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(mentee).size() == 9);
    }

    @Test
    void chatNotificationsGoToSlackAndTeamsInTheirFormats() {
        String slackUser = person("Ava", "en", "Europe/London");
        String teamsUser = person("Ben", "en", "Europe/London");
        choose(slackUser, "SLACK", "/slack/" + slackUser);
        choose(teamsUser, "TEAMS", "/teams/" + teamsUser);

        EventEnvelope scheduled = publish(new SessionScheduled(id("ses"), id("msh"), id("prg"), List.of(slackUser, teamsUser),
                clock.instant().plus(Duration.ofDays(2)), 30, "Europe/London", SessionChannel.VIDEO, null,
                clock.instant()));

        await().atMost(Duration.ofSeconds(30)).until(() -> CHAT.requestsTo("/slack/" + slackUser).size() == 1
                && CHAT.requestsTo("/teams/" + teamsUser).size() == 1);
        JsonNode slack = JSON.readTree(CHAT.requestsTo("/slack/" + slackUser).get(0).body());
        assertThat(slack.path("text").asString()).startsWith("Session scheduled for");
        assertThat(slack.path("blocks").get(0).path("type").asString()).isEqualTo("header");
        assertThat(slack.path("blocks").get(1).path("text").path("text").asString()).contains("Hello Ava", "Ben");
        ChatServer.Request teamsRequest = CHAT.requestsTo("/teams/" + teamsUser).get(0);
        assertThat(teamsRequest.contentType()).isEqualTo("application/json");
        assertThat(teamsRequest.idempotencyKey()).as("the delivery's id, the same on a repeat")
                .isEqualTo(deliveries.ofSource(scheduled.id()).stream()
                        .filter(d -> d.recipientId().equals(teamsUser) && d.channel() == NotificationChannel.CHAT_WEBHOOK)
                        .findFirst().orElseThrow().id());
        JsonNode teams = JSON.readTree(teamsRequest.body());
        assertThat(teams.path("type").asString()).isEqualTo("message");
        JsonNode attachment = teams.path("attachments").get(0);
        assertThat(attachment.path("contentType").asString()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(attachment.path("content").path("type").asString()).isEqualTo("AdaptiveCard");
        assertThat(attachment.path("content").path("body").get(1).path("text").asString()).contains("Hello Ben");
        // Chat only: no mail for that type.
        assertThat(mailsTo(slackUser)).isEmpty();
    }

    private void choose(String participant, String format, String path) {
        Response response = call("PUT", "/api/v1/notifications/preferences", token(participant, "PARTICIPANT"),
                Map.of("channels", Map.of("session-scheduled", List.of("CHAT_WEBHOOK")),
                        "webhook", Map.of("format", format, "url", CHAT.url(path))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void redeliveredEventsAndARestartMidBatchSendEachMailOnce() throws Exception {
        String first = person("Cleo", "en", "Europe/Paris");
        String second = person("Dan", "en", "Europe/Paris");
        worker.stop();
        EventEnvelope cancelled;
        try {
            cancelled = publish(new SessionCancelled(id("ses"), id("msh"), id("prg"), List.of(first, second),
                    clock.instant().plus(Duration.ofDays(1)), null, CancellationReason.RELATIONSHIP_ENDED,
                    clock.instant()));
            await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.ofSource(cancelled.id()).size() == 4);
            // An instance claimed one delivery and crashed before sending it: its lease runs out.
            assertThat(deliveries.claimNext("crashed-instance", clock.instant(), Duration.ofSeconds(1))).isPresent();
            // The broker redelivers the event, and it is handled again as if never seen.
            publish(cancelled);
            SessionCancelled event = (SessionCancelled) cancelled.data();
            EventNotifications notifications = new EventNotifications(id -> id);
            assertThat(notifier.notify(notifications.of(event), cancelled.id(), cancelled.id())).isZero();
        } finally {
            worker.start();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> deliveries.ofSource(cancelled.id()).stream()
                .allMatch(d -> d.status() == DeliveryStatus.SENT));
        assertThat(deliveries.ofSource(cancelled.id())).hasSize(4)
                .allSatisfy(d -> assertThat(d.attempts()).isEqualTo(1));
        assertThat(mailsTo(first)).hasSize(1);
        assertThat(mailsTo(second)).hasSize(1);
        // Each mail's Message-ID comes from its delivery, so a repeat after a crash would be recognisable.
        for (String person : List.of(first, second)) {
            String delivery = deliveries.ofSource(cancelled.id()).stream()
                    .filter(d -> d.recipientId().equals(person) && d.channel() == NotificationChannel.EMAIL)
                    .findFirst().orElseThrow().id();
            assertThat(mailsTo(person).get(0).getMessageID()).isEqualTo("<" + delivery + "@pairwise.notifications>");
        }
        Response ledger = call("GET", "/api/v1/notifications/deliveries?source=" + cancelled.id(),
                token("ops", "OPERATOR"), null);
        assertThat(ledger.json().findValuesAsString("status")).containsExactly("SENT", "SENT", "SENT", "SENT");
        assertThat(inboxOfType(first, "session-cancelled")).hasSize(1);
    }

    @Test
    void aDeadSmtpServerTripsTheBreakerAndTheMailsGoOutAfterItRecovers() {
        List<String> people = List.of(person("Eve", "en", "UTC"), person("Finn", "en", "UTC"),
                person("Gus", "en", "UTC"));
        smtp.stop();
        try {
            for (String participant : people) {
                publish(new SessionCancelled(id("ses"), id("msh"), id("prg"), List.of(participant),
                        clock.instant().plus(Duration.ofDays(1)), null, CancellationReason.OTHER, clock.instant()));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> "OPEN".equals(channelState("EMAIL")));
        } finally {
            restartSmtp();
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> people.stream().allMatch(p -> mailsTo(p).size() == 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> "CLOSED".equals(channelState("EMAIL")));
        Response failures = call("GET", "/api/v1/notifications/failures?channel=EMAIL", token("ops", "OPERATOR"), null);
        assertThat(failures.status()).isEqualTo(200);
        people.forEach(p -> assertThat(failures.body()).doesNotContain(p));
    }

    private String channelState(String channel) {
        for (JsonNode state : call("GET", "/api/v1/notifications/channels", token("ops", "OPERATOR"), null).json()) {
            if (state.path("channel").asString().equals(channel)) {
                return state.path("breakerState").asString();
            }
        }
        return null;
    }

    @Test
    void remindersFollowTheSessionAndNudgesFireWhenDue() {
        String mentor = person("Hana", "en", "Asia/Tokyo");
        String mentee = person("Ivo", "de", "Europe/Vienna");
        List<String> members = List.of(mentor, mentee);
        String mentorship = id("msh");
        String program = id("prg");
        Instant now = clock.instant();
        String session = id("ses");
        publish(new PairMatched(mentorship, program, List.of(new Member(mentor, "Hana", "Asia/Tokyo")),
                List.of(new Member(mentee, "Ivo", "Europe/Vienna")), 0.7, List.of(), 1,
                LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(2), now));
        // A second mentorship of theirs without any session: its cadence of one day runs out.
        publish(new PairMatched(id("msh"), program, List.of(new Member(mentor, "Hana", "Asia/Tokyo")),
                List.of(new Member(mentee, "Ivo", "Europe/Vienna")), 0.7, List.of(), 1, null, now));
        String unanswered = person("Jo", "en", "UTC");
        MatchProposed proposed = proposal(mentor, unanswered, now.plus(Duration.ofHours(2)));
        publish(proposed);
        publish(new SessionScheduled(session, mentorship, program, members, now.plus(Duration.ofHours(30)), 60,
                "Asia/Tokyo", SessionChannel.VIDEO, mentor, now));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                jobs.find(JobStore.reminderId(session, now.plus(Duration.ofHours(30)), Duration.ofHours(24))).isPresent());
        publish(new SessionRescheduled(session, mentorship, program, members, now.plus(Duration.ofHours(30)),
                now.plus(Duration.ofHours(60)), 60, "Asia/Tokyo", SessionChannel.VIDEO, mentor, now));
        await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(
                JobStore.reminderId(session, now.plus(Duration.ofHours(30)), Duration.ofHours(24)))
                .filter(job -> job.status().equals("CANCELLED")).isPresent());

        clock.advance(Duration.ofHours(36).plusMinutes(1));

        JsonNode reminder = awaitInboxEntry(mentee, "session-reminder");
        assertThat(reminder.path("title").asString()).isEqualTo("Erinnerung: Sitzung mit Hana in 24 Std.");
        assertThat(awaitInboxEntry(mentee, "cadence-nudge").path("body").asString()).contains("Hana");
        assertThat(awaitInboxEntry(mentor, "planned-end-nudge").path("title").asString())
                .startsWith("Your mentorship ends on");
        assertThat(awaitInboxEntry(unanswered, "match-request-nudge").path("body").asString()).contains("Hana");
        // The reminders of the old start were withdrawn, the 1 h one of the new start is not due yet.
        assertThat(inboxOfType(mentee, "session-reminder")).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(mentee).stream()
                .filter(m -> subject(m).startsWith("Erinnerung")).count() == 1);
    }

    @Test
    void mandatoryTypesCannotBeSwitchedOffAndBadPreferencesChangeNothing() {
        String person = person("Kai", "en", "UTC");
        Response refused = call("PUT", "/api/v1/notifications/preferences", token(person, "PARTICIPANT"),
                Map.of("channels", Map.of("session-cancelled", List.of(), "session-reminder", List.of())));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().path("type").asString()).isEqualTo("https://pairwise.io/problems/validation");
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("channels.session-cancelled");
        Response noWebhook = call("PUT", "/api/v1/notifications/preferences", token(person, "PARTICIPANT"),
                Map.of("channels", Map.of("session-reminder", List.of("CHAT_WEBHOOK"))));
        assertThat(noWebhook.status()).as(noWebhook.body()).isEqualTo(400);
        Response internalHost = call("PUT", "/api/v1/notifications/preferences", token(person, "PARTICIPANT"),
                Map.of("channels", Map.of("session-reminder", List.of("CHAT_WEBHOOK")),
                        "webhook", Map.of("format", "SLACK", "url", "https://intranet.example.internal/admin")));
        assertThat(internalHost.status()).as(internalHost.body()).isEqualTo(400);
        assertThat(internalHost.json().path("errors").get(0).path("field").asString()).isEqualTo("webhook.url");
        assertThat(internalHost.json().path("errors").get(0).path("message").asString())
                .startsWith("must be a webhook of an allowed chat host");

        JsonNode current = get("/api/v1/notifications/preferences", person).json();
        assertThat(current.path("types").findValues("channels")).allSatisfy(channels ->
                assertThat(channels.size()).isEqualTo(2));

        Response accepted = call("PUT", "/api/v1/notifications/preferences", token(person, "PARTICIPANT"),
                Map.of("channels", Map.of("session-reminder", List.of()), "quietHours",
                        Map.of("start", "22:00", "end", "07:00"), "dailyDigest", true));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("dailyDigest").asBoolean()).isTrue();
    }

    @Test
    void programAdminsAnnounceToTheirProgramsMembersAndSeeFailures() {
        String admin = id("admin");
        String program = id("prg");
        publish(new ProgramCreated(program, withOwner(admin), clock.instant()));
        String mentor = person("Lea", "en", "UTC");
        String mentee = person("Max", "de", "UTC");
        publish(new MentorRegistered(mentor, program, EventSamples.mentorProfile(), 2, clock.instant()));
        publish(new MenteeRegistered(mentee, program, EventSamples.menteeProfile(), clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> recipients.membersOf(program).size() == 2);

        Map<String, String> body = Map.of("announcementId", "kickoff-1", "title", "Kick-off", "message",
                "Join the kick-off on Monday.");
        Response stranger = call("POST", "/api/v1/notifications/programs/" + program + "/announcements",
                token(id("other-admin"), "PROGRAM_ADMIN"), body);
        assertThat(stranger.status()).isEqualTo(404);
        Response invalid = call("POST", "/api/v1/notifications/programs/" + program + "/announcements",
                token(admin, "PROGRAM_ADMIN"), Map.of("title", ""));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("type").asString()).isEqualTo("https://pairwise.io/problems/validation");
        assertThat(invalid.json().path("errors").findValuesAsString("field")).contains("title", "message");
        Response accepted = call("POST", "/api/v1/notifications/programs/" + program + "/announcements",
                token(admin, "PROGRAM_ADMIN"), body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().path("recipients").asInt()).isEqualTo(2);
        Response again = call("POST", "/api/v1/notifications/programs/" + program + "/announcements",
                token(admin, "PROGRAM_ADMIN"), body);
        assertThat(again.json().path("deliveries").asInt()).isZero();

        assertThat(awaitInboxEntry(mentee, "program-announcement").path("body").asString())
                .contains("Join the kick-off on Monday.");
        assertThat(call("GET", "/api/v1/notifications/failures?programId=" + program, token(admin, "PROGRAM_ADMIN"),
                null).status()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/notifications/failures", token(admin, "PROGRAM_ADMIN"), null).status())
                .isEqualTo(400);
        assertThat(call("GET", "/api/v1/notifications/failures", token(mentee, "PARTICIPANT"), null).status())
                .isEqualTo(403);
    }

    private static io.pairwise.contracts.profile.ProgramSnapshot withOwner(String admin) {
        var p = EventSamples.program();
        return new io.pairwise.contracts.profile.ProgramSnapshot(p.name(), p.description(), p.mentoringType(),
                p.matchingMode(), p.startDate(), p.endDate(), p.evergreen(), p.enrollmentOpensAt(),
                p.enrollmentClosesAt(), p.enrollmentOpen(), p.cadenceDays(), p.defaultRelationshipLengthDays(),
                p.defaultCapacity(), p.groupSize(), p.eligibility(), p.matchingRules(), List.of(admin));
    }

    @Test
    void erasureRemovesThePersonAndTheirInbox() {
        String person = person("Ola", "en", "UTC");
        publish(new SessionCancelled(id("ses"), id("msh"), id("prg"), List.of(person),
                clock.instant().plus(Duration.ofDays(1)), null, CancellationReason.OTHER, clock.instant()));
        awaitInboxEntry(person, "session-cancelled");
        publish(new ParticipantErased(person, clock.instant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> recipients.find(person).isEmpty()
                && inbox(person).isEmpty());
    }
}
