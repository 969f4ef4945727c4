package io.pairwise.matching.api;

import io.pairwise.platform.identity.CallerParticipant;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who calls: as a participant, the id the kit resolved from the token's login; as a program admin, the
 * login itself, which is what a program's owner list names.
 */
final class Callers {

    private Callers() {
    }

    static String participant(Jwt caller) {
        return CallerParticipant.id(caller);
    }

    static String login(Jwt caller) {
        return caller.getSubject();
    }

    /** The caller's login when they hold PROGRAM_ADMIN, else null. */
    static String adminLogin(Jwt caller) {
        return programAdmin() ? caller.getSubject() : null;
    }

    static boolean programAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch("ROLE_PROGRAM_ADMIN"::equals);
    }
}
