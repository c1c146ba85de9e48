package io.precis.extract.html;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * Whether a local time a page shows can be a given instant read in some time zone: zones lie
 * between UTC-12 and UTC+14, in steps of a quarter hour. A local time further off, or at an odd
 * minute, is another moment (an update, a print deadline), not the instant as the page counts it.
 */
final class UtcOffsets {
    private static final Duration WEST_MOST = Duration.ofHours(-12);
    private static final Duration EAST_MOST = Duration.ofHours(14);
    private static final long STEP_SECONDS = 15 * 60;

    private UtcOffsets() {
    }

    static boolean couldBeLocal(LocalDateTime local, OffsetDateTime instant) {
        Duration offset = Duration.between(instant.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime(), local);
        return offset.compareTo(WEST_MOST) >= 0 && offset.compareTo(EAST_MOST) <= 0 && offset.getSeconds() % STEP_SECONDS == 0;
    }
}
