package io.pairwise.profile.persistence;

import io.pairwise.platform.outbox.OutboxEntry;
import io.pairwise.profile.domain.Program;
import io.pairwise.profile.domain.ProgramSettings;
import io.pairwise.profile.domain.ProgramStatus;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(ProgramDocument.COLLECTION)
record ProgramDocument(@Id String id, long version, ProgramSettings settings, boolean enrollmentOpen,
                       ProgramStatus status, Instant createdAt, String createdBy, Instant updatedAt, Instant closedAt,
                       String closedBy, List<OutboxEntry> outbox) {

    static final String COLLECTION = "programs";

    static ProgramDocument of(Program p, List<OutboxEntry> outbox) {
        return new ProgramDocument(p.id(), p.version(), p.settings(), p.enrollmentOpen(), p.status(), p.createdAt(),
                p.createdBy(), p.updatedAt(), p.closedAt(), p.closedBy(), outbox);
    }

    Program toProgram() {
        return new Program(id, settings, enrollmentOpen, status, createdAt, createdBy, updatedAt, closedAt, closedBy,
                version);
    }
}
