package io.pairwise.profile.domain;

import static io.pairwise.profile.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.profile.MentoringType;
import io.pairwise.contracts.profile.Role;
import io.pairwise.contracts.profile.WithdrawalReason;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisibilityTest {

    private final Participant enrolled = Fixtures.participant()
            .enroll(Fixtures.openProgram(MentoringType.CAREER), Set.of(Role.MENTOR), null, "ingrid", NOW).after();

    @Test
    void thePersonAndInternalSystemsSeeEverything() {
        assertThat(of(caller("ingrid", "PARTICIPANT"), Set.of(), false)).isEqualTo(Visibility.FULL);
        assertThat(of(caller("hr-sync", Caller.SERVICE), Set.of(), false)).isEqualTo(Visibility.FULL);
    }

    @Test
    void adminsSeeTheParticipantsOfTheirProgramsOnly() {
        assertThat(of(caller("ada", Caller.PROGRAM_ADMIN), Set.of("prg-1"), false)).isEqualTo(Visibility.FULL);
        assertThat(of(caller("bob", Caller.PROGRAM_ADMIN), Set.of("prg-9"), false)).isEqualTo(Visibility.NONE);
    }

    @Test
    void partnersSeeThePublicProfileAndNobodySeesTheErased() {
        assertThat(of(caller("tiago", "PARTICIPANT"), Set.of(), true)).isEqualTo(Visibility.PUBLIC);
        assertThat(of(caller("tiago", "PARTICIPANT"), Set.of(), false)).isEqualTo(Visibility.NONE);
        Participant erased = enrolled.erase(WithdrawalReason.PARTICIPANT_REQUEST, NOW).after();
        assertThat(Visibility.of(caller("hr-sync", Caller.SERVICE), erased, Set::of, () -> true))
                .isEqualTo(Visibility.NONE);
    }

    @Test
    void asksForOwnershipAndPartnershipOnlyWhenItMatters() {
        Visibility self = Visibility.of(caller("ingrid", "PARTICIPANT"), enrolled, () -> {
            throw new AssertionError("not needed");
        }, () -> {
            throw new AssertionError("not needed");
        });
        assertThat(self).isEqualTo(Visibility.FULL);
    }

    private Visibility of(Caller caller, Set<String> owned, boolean partners) {
        return Visibility.of(caller, enrolled, () -> owned, () -> partners);
    }

    private static Caller caller(String subject, String role) {
        return new Caller(subject, Set.of(role));
    }
}
