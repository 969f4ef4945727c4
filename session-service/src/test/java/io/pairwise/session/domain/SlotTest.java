package io.pairwise.session.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlotTest {

    @Test
    void aWallClockStartBecomesAUtcInstant() {
        Slot slot = Slot.atLocal(LocalDateTime.parse("2026-07-01T10:00"), "Europe/Berlin", 45);
        assertThat(slot.startsAt()).isEqualTo(Instant.parse("2026-07-01T08:00:00Z"));
        assertThat(slot.endsAt()).isEqualTo(Instant.parse("2026-07-01T08:45:00Z"));
    }

    @Test
    void aTimeSkippedByDaylightSavingIsRefusedAndAnAmbiguousOneTakesTheEarlierOffset() {
        assertThatThrownBy(() -> Slot.atLocal(LocalDateTime.parse("2026-03-29T02:30"), "Europe/Berlin", 30))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not exist");
        assertThat(Slot.atLocal(LocalDateTime.parse("2026-10-25T02:30"), "Europe/Berlin", 30).startsAt())
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void onlyIanaZonesAndSensibleLengthsAreAccepted() {
        assertThatThrownBy(() -> new Slot(Instant.EPOCH, 30, "+02:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slot(Instant.EPOCH, 30, "Mars/Olympus")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slot(Instant.EPOCH, 5, "UTC")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Slot(Instant.EPOCH, 481, "UTC")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void backToBackIsNoOverlap() {
        Slot slot = new Slot(Instant.parse("2026-07-01T08:00:00Z"), 60, "UTC");
        assertThat(slot.overlaps(Instant.parse("2026-07-01T09:00:00Z"), Instant.parse("2026-07-01T10:00:00Z"))).isFalse();
        assertThat(slot.overlaps(Instant.parse("2026-07-01T07:00:00Z"), Instant.parse("2026-07-01T08:00:00Z"))).isFalse();
        assertThat(slot.overlaps(Instant.parse("2026-07-01T08:59:00Z"), Instant.parse("2026-07-01T10:00:00Z"))).isTrue();
        assertThat(slot.overlaps(Instant.parse("2026-07-01T08:15:00Z"), Instant.parse("2026-07-01T08:30:00Z"))).isTrue();
    }

    @Test
    void aSeriesKeepsItsWallClockTimeAcrossADaylightSavingChange() {
        List<Slot> slots = SeriesPlan.slots(LocalDateTime.parse("2026-03-16T16:00"), "Europe/Berlin", 45, 14, 3);
        assertThat(slots).extracting(s -> s.startsAt().atZone(ZoneId.of("Europe/Berlin")).toLocalDateTime())
                .containsExactly(LocalDateTime.parse("2026-03-16T16:00"), LocalDateTime.parse("2026-03-30T16:00"),
                        LocalDateTime.parse("2026-04-13T16:00"));
        assertThat(slots).extracting(Slot::startsAt).containsExactly(Instant.parse("2026-03-16T15:00:00Z"),
                Instant.parse("2026-03-30T14:00:00Z"), Instant.parse("2026-04-13T14:00:00Z"));
        assertThatThrownBy(() -> SeriesPlan.slots(LocalDateTime.parse("2026-03-16T16:00"), "Europe/Berlin", 45, 14, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SeriesPlan.slots(LocalDateTime.parse("2026-03-16T16:00"), "Europe/Berlin", 45, 14, 27))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
