package io.pairwise.profile.domain;

import java.util.Set;

/**
 * Who is calling: the token's subject and roles. A participant is linked to callers through their
 * {@code userName}, which must equal the subject the identity provider puts in its tokens.
 */
public record Caller(String subject, Set<String> roles) {

    public static final String PROGRAM_ADMIN = "PROGRAM_ADMIN";
    public static final String SERVICE = "SERVICE";

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(PROGRAM_ADMIN);
    }

    /** Internal systems (HR sync, identity provider) see and provision every participant. */
    public boolean isService() {
        return roles.contains(SERVICE);
    }

    public boolean owns(Program program) {
        return isAdmin() && program.settings().ownerIds().contains(subject);
    }

    public boolean is(Participant participant) {
        return subject.equals(participant.userName());
    }
}
