package io.pairwise.profile.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.Role;
import io.pairwise.platform.outbox.OutboxRelay;
import io.pairwise.profile.ProfileIntegrationTest;
import io.pairwise.profile.domain.Fixtures;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantChange;
import io.pairwise.profile.domain.ParticipantProfile;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.messaging.ProfileEvents;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

/** State writes are guarded by the version read and leave the outbox relay's fields alone. */
class AggregateWritesIT extends ProfileIntegrationTest {

    @Autowired
    ParticipantRepository participants;
    @Autowired
    OutboxRelay relay;

    @Test
    void aWriteBasedOnAStaleReadFailsAndChangesNothing() {
        Participant stored = insertParticipant();
        Participant read = participants.findById(stored.id()).orElseThrow();
        Program program = Fixtures.openProgram(MentoringType.CAREER);
        participants.save(read.enroll(program, Set.of(Role.MENTOR), null, "x", Instant.now()), List.of());
        Document afterFirst = rawParticipant(stored.id());

        ParticipantChange stale = read.updateProfile(renamed(read.profile()), Map.of(), Instant.now());

        assertThatThrownBy(() -> participants.save(stale, List.of())).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(rawParticipant(stored.id())).isEqualTo(afterFirst);
        assertThat(afterFirst.getLong("version")).isEqualTo(1L);
    }

    @Test
    void aStateWriteKeepsTheRelaysLeaseAndTheEntriesStillWaiting() {
        relay.stop();
        try {
            Participant stored = insertParticipant();
            Program program = Fixtures.openProgram(MentoringType.CAREER);
            ParticipantChange enrolment = stored.enroll(program, Set.of(Role.MENTEE), null, "x", Instant.now());
            participants.save(enrolment, ProfileEvents.of(enrolment, List.of(), Instant.now()));
            Document lease = new Document("outboxLeaseOwner", "another-instance")
                    .append("outboxLeaseUntil", new Date(System.currentTimeMillis() + 60_000));
            mongo.getCollection("participants").updateOne(new Document("_id", stored.id()), new Document("$set", lease));
            Participant enrolled = participants.findById(stored.id()).orElseThrow();

            participants.save(enrolled.deactivate(Instant.now()), List.of());

            Document raw = rawParticipant(stored.id());
            assertThat(raw.getString("outboxLeaseOwner")).isEqualTo("another-instance");
            assertThat(raw.getList("outbox", Document.class)).hasSize(1);
            assertThat(raw.getString("status")).isEqualTo("DEACTIVATED");
        } finally {
            relay.start();
        }
    }

    private Participant insertParticipant() {
        Participant participant = Participant.create(unique("prt"), unique("E"), unique("u"), null, Fixtures.profile(),
                Instant.now());
        participants.insert(participant, List.of());
        return participant;
    }

    private static ParticipantProfile renamed(ParticipantProfile p) {
        return new ParticipantProfile("Someone Else", p.email(), p.preferredLocale(), p.jobTitle(), p.department(),
                p.location(), p.timeZone(), p.languages(), p.managerEmployeeId(), p.careerStage(), p.yearsOfExperience(),
                p.expertise(), p.developmentGoals(), p.interests(), p.values(), p.communicationStyle(),
                p.meetingPreferences(), p.mentorCapacity(), p.avoidParticipantIds());
    }
}
