package io.pairwise.profile.persistence;

import io.pairwise.contracts.profile.SkillLevel;
import io.pairwise.platform.outbox.OutboxEntry;
import io.pairwise.profile.domain.Participant;
import io.pairwise.profile.domain.ParticipantProfile;
import io.pairwise.profile.domain.ParticipantStatus;
import io.pairwise.profile.domain.ProgramEnrollment;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A participant as stored. {@code keys} holds lower-cased copies of what admins search by, so that
 * searches ignore case and still use an index; erasure removes them with the profile.
 */
@Document(ParticipantDocument.COLLECTION)
record ParticipantDocument(@Id String id, long version, String employeeId, String userName, String externalId,
                           ParticipantStatus status, ParticipantProfile profile, List<ProgramEnrollment> enrollments,
                           SearchKeys keys, Instant createdAt, Instant updatedAt, Instant erasedAt,
                           List<OutboxEntry> outbox) {

    static final String COLLECTION = "participants";

    record SearchKeys(String department, List<SkillLevel> expertise) {

        static SearchKeys of(ParticipantProfile profile) {
            if (profile == null) {
                return null;
            }
            return new SearchKeys(lower(profile.department()), profile.expertise().stream()
                    .map(skill -> new SkillLevel(lower(skill.skill()), skill.level())).toList());
        }
    }

    static ParticipantDocument of(Participant p, List<OutboxEntry> outbox) {
        return new ParticipantDocument(p.id(), p.version(), p.employeeId(), p.userName(), p.externalId(), p.status(),
                p.profile(), p.enrollments(), SearchKeys.of(p.profile()), p.createdAt(), p.updatedAt(), p.erasedAt(),
                outbox);
    }

    Participant toParticipant() {
        return new Participant(id, employeeId, userName, externalId, status, profile, enrollments, createdAt, updatedAt,
                erasedAt, version);
    }

    static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
