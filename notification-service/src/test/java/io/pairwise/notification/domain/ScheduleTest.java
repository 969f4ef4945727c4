package io.pairwise.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void remindersBeforeTheStartThatAreStillAhead() {
        Instant start = NOW.plus(Duration.ofHours(10));
        assertThat(Schedule.reminders(start, List.of(Duration.ofHours(24), Duration.ofHours(1)), NOW))
                .containsExactly(new Schedule.Reminder(Duration.ofHours(1), start.minus(Duration.ofHours(1))));
        Instant later = NOW.plus(Duration.ofDays(3));
        assertThat(Schedule.reminders(later, List.of(Duration.ofHours(24), Duration.ofHours(1)), NOW)).hasSize(2);
    }

    @Test
    void cadenceNudgeAfterTheCadence() {
        assertThat(Schedule.cadenceNudgeAt(NOW, 14)).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(Schedule.cadenceNudgeAt(NOW, 0)).isEqualTo(NOW.plus(Duration.ofDays(1)));
    }

    @Test
    void matchRequestNudgeAfterTheDelayOrHalfWayToExpiry() {
        assertThat(Schedule.matchRequestNudgeAt(NOW, NOW.plus(Duration.ofDays(14)), Duration.ofDays(3)))
                .contains(NOW.plus(Duration.ofDays(3)));
        assertThat(Schedule.matchRequestNudgeAt(NOW, NOW.plus(Duration.ofDays(2)), Duration.ofDays(3)))
                .contains(NOW.plus(Duration.ofDays(1)));
        assertThat(Schedule.matchRequestNudgeAt(NOW, NOW, Duration.ofDays(3))).isEmpty();
        assertThat(Schedule.matchRequestNudgeAt(NOW, null, Duration.ofDays(3))).contains(NOW.plus(Duration.ofDays(3)));
    }

    @Test
    void plannedEndNudgeInTheMorningBeforeTheEnd() {
        assertThat(Schedule.plannedEndNudgeAt(LocalDate.parse("2026-06-30"), 14, NOW))
                .contains(Instant.parse("2026-06-16T09:00:00Z"));
        assertThat(Schedule.plannedEndNudgeAt(LocalDate.parse("2026-03-05"), 14, NOW)).isEmpty();
        assertThat(Schedule.plannedEndNudgeAt(null, 14, NOW)).isEmpty();
    }
}
