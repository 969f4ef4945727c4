package io.pairwise.session.domain;

import static io.pairwise.session.domain.Fixtures.MATCHED;
import static io.pairwise.session.domain.Fixtures.MENTEE;
import static io.pairwise.session.domain.Fixtures.MENTOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.contracts.session.SessionChannel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CadenceTest {

    @Test
    void beforeTheFirstSessionTheCadenceRunsFromTheMatch() {
        Cadence early = Cadence.of(Fixtures.mentorship(), null, null, MATCHED.plus(Duration.ofDays(10)));
        assertThat(early.daysSinceLastHeld()).isNull();
        assertThat(early.dueBy()).isEqualTo(MATCHED.plus(Duration.ofDays(14)));
        assertThat(early.overdue()).isFalse();
        assertThat(Cadence.of(Fixtures.mentorship(), null, null, MATCHED.plus(Duration.ofDays(15))).overdue()).isTrue();
    }

    @Test
    void afterASessionItCountsDaysSinceTheLastHeldOneAtTheAgreedCadence() {
        Mentorship mentorship = Fixtures.mentorship();
        mentorship.editAgreement(MENTOR, 0, new Agreement.Terms("x", 7, List.of(SessionChannel.CHAT), null, null), MATCHED);
        mentorship.confirmAgreement(MENTOR, 1, MATCHED);
        mentorship.confirmAgreement(MENTEE, 1, MATCHED);
        Instant held = Instant.parse("2026-04-01T10:00:00Z");
        Instant next = Instant.parse("2026-04-20T10:00:00Z");

        Cadence cadence = Cadence.of(mentorship, held, next, held.plus(Duration.ofDays(9)).plusSeconds(60));
        assertThat(cadence.cadenceDays()).isEqualTo(7);
        assertThat(cadence.agreed()).isTrue();
        assertThat(cadence.daysSinceLastHeld()).isEqualTo(9);
        assertThat(cadence.nextSessionAt()).isEqualTo(next);
        assertThat(cadence.overdue()).isTrue();

        mentorship.pause();
        assertThat(Cadence.of(mentorship, held, next, held.plus(Duration.ofDays(30))).overdue()).isFalse();
    }
}
