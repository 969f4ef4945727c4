package io.pairwise.analytics.persistence;

import static com.mongodb.client.model.Filters.empty;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import io.pairwise.analytics.domain.FactSource;
import io.pairwise.analytics.domain.Facts;
import io.pairwise.contracts.profile.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/** Reads the facts of the current generation. */
@Component
public class MongoFacts implements FactSource {

    private final Generations generations;
    private final Projector projector;

    public MongoFacts(Generations generations, Projector projector) {
        this.generations = generations;
        this.projector = projector;
    }

    @Override
    public long version() {
        return ((long) generations.pointer().current() << 40) + projector.applied();
    }

    @Override
    public Facts load(String programId) {
        int generation = generations.pointer().current();
        Bson scope = programId == null ? empty() : eq("programId", programId);
        List<Facts.Enrollment> enrollments = read(generation, "enrollments", scope, MongoFacts::enrollment);
        List<Facts.Mentorship> mentorships = read(generation, "mentorships", scope, MongoFacts::mentorship);
        List<Facts.Proposal> proposals = read(generation, "proposals", scope, MongoFacts::proposal);
        Bson people = empty();
        if (programId != null) {
            Set<String> ids = new HashSet<>();
            enrollments.forEach(e -> ids.add(e.participantId()));
            mentorships.forEach(m -> ids.addAll(m.members()));
            people = in("_id", ids);
        }
        return new Facts(
                read(generation, "programs", programId == null ? empty() : eq("_id", programId), MongoFacts::program),
                read(generation, "participants", people, MongoFacts::participant),
                enrollments, proposals, mentorships,
                read(generation, "sessions", scope, MongoFacts::session),
                read(generation, "feedback", scope, MongoFacts::feedback),
                read(generation, "goals", scope, MongoFacts::goal),
                read(generation, "notifications", scope, MongoFacts::notification));
    }

    @Override
    public List<Facts.Program> programs() {
        return read(generations.pointer().current(), "programs", empty(), MongoFacts::program).stream()
                .filter(p -> p.name() != null).toList();
    }

    private <T> List<T> read(int generation, String collection, Bson filter, Function<Document, T> mapper) {
        List<T> facts = new ArrayList<>();
        for (Document document : generations.collection(generation, collection).find(filter)) {
            T fact = mapper.apply(document);
            if (fact != null) {
                facts.add(fact);
            }
        }
        return facts;
    }

    private static Facts.Program program(Document d) {
        return new Facts.Program(d.getString("_id"), d.getString("name"), d.getString("mentoringType"),
                d.getInteger("cadenceDays", 0), d.getList("ownerIds", String.class), instant(d, "createdAt"),
                instant(d, "closedAt"));
    }

    private static Facts.Participant participant(Document d) {
        return new Facts.Participant(d.getString("_id"), d.getString("department"),
                new HashSet<>(d.getList("skillsOffered", String.class, List.of())),
                new HashSet<>(d.getList("skillsWanted", String.class, List.of())));
    }

    private static Facts.Enrollment enrollment(Document d) {
        return new Facts.Enrollment(d.getString("participantId"), d.getString("programId"),
                Role.valueOf(d.getString("role")), instant(d, "firstEnrolledAt"), instant(d, "lastEnrolledAt"),
                instant(d, "withdrawnAt"), d.getInteger("capacity"));
    }

    private static Facts.Proposal proposal(Document d) {
        return new Facts.Proposal(d.getString("_id"), d.getString("programId"), d.getList("mentorIds", String.class),
                d.getList("menteeIds", String.class), instant(d, "proposedAt"), instant(d, "acceptedAt"),
                instant(d, "declinedAt"), instant(d, "expiredAt"));
    }

    private static Facts.Mentorship mentorship(Document d) {
        return new Facts.Mentorship(d.getString("_id"), d.getString("programId"), d.getList("mentorIds", String.class),
                d.getList("menteeIds", String.class), instant(d, "matchedAt"), d.getInteger("matchedCadenceDays"),
                d.getInteger("agreedCadenceDays"), instant(d, "lastPausedAt"), instant(d, "lastResumedAt"),
                instant(d, "startedAt"), instant(d, "endedAt"), d.getString("outcome"), d.getString("endReason"));
    }

    private static Facts.Session session(Document d) {
        return new Facts.Session(d.getString("_id"), d.getString("mentorshipId"), d.getString("programId"),
                d.getList("memberIds", String.class), instant(d, "startsAt"), instant(d, "heldAt"),
                instant(d, "cancelledAt"), instant(d, "missedAt"));
    }

    /** Null between a feedback's two writes (its keys, then its rating): it counts once it has both. */
    private static Facts.Feedback feedback(Document d) {
        if (d.getDate("submittedAt") == null) {
            return null;
        }
        return new Facts.Feedback(d.getString("sessionId"), d.getString("mentorshipId"), d.getString("programId"),
                d.getList("memberIds", String.class), d.getString("fromParticipantId"), d.getInteger("rating", 0),
                instant(d, "submittedAt"));
    }

    private static Facts.Goal goal(Document d) {
        return new Facts.Goal(d.getString("_id"), d.getString("mentorshipId"), d.getString("programId"),
                d.getList("memberIds", String.class), instant(d, "setAt"), instant(d, "achievedAt"));
    }

    private static Facts.Notification notification(Document d) {
        return new Facts.Notification(d.getString("_id"), d.getString("programId"), d.getString("recipientId"),
                instant(d, "deliveredAt"), instant(d, "failedAt"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
