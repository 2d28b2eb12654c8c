package org.carbonmarket.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fact ids: the same on every database and replica, and the first one exactly as it has always been. */
class FactIdentityUnitTest {

    private static final String KEY = FactIdentity.key("mee-qiushi-ecological-civilization", "land.forest-coverage", "CN",
            LocalDate.of(2012, 1, 1), null);

    @Test
    void keepsTheFirstIdThatStoredFactsHave() {
        UUID historic = UUID.nameUUIDFromBytes(KEY.getBytes(StandardCharsets.UTF_8));
        assertEquals(historic, FactIdentity.of(KEY, 0));
        assertEquals(historic, FactIdentity.of("mee-qiushi-ecological-civilization", "land.forest-coverage", "CN",
                LocalDate.of(2012, 1, 1), null));
    }

    @Test
    void givesEachGenerationItsOwnStableId() {
        Set<UUID> ids = Set.of(FactIdentity.of(KEY, 0), FactIdentity.of(KEY, 1), FactIdentity.of(KEY, 2));
        assertEquals(3, ids.size());
        assertEquals(FactIdentity.of(KEY, 1), FactIdentity.of(KEY, 1));
    }

    @Test
    void joinsTheKeyFromSourceMetricRegionAndPeriod() {
        assertEquals("mee-qiushi-ecological-civilization|land.forest-coverage|CN|2012-01-01|null", KEY);
        assertEquals("s|m|CN-BJ|2024-01-01|2024-12-31", FactIdentity.key("s", "m", "CN-BJ", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        assertEquals("s|m|CN|null|null", FactIdentity.key("s", "m", "CN", null, null));
    }

    @Test
    void givesTheIdsThatTheApiPublishes() {
        // The article's ETS coverage figure, as every database has served it.
        assertEquals(UUID.fromString("49180144-1ba0-3797-ba31-a37e5193bde3"), FactIdentity.of("mee-qiushi-ecological-civilization",
                "ets.coverage.annual-emissions", "CN", LocalDate.of(2021, 1, 1), null));
        assertEquals(UUID.fromString("b018d54e-fe8c-32e3-a17c-875168d962d1"), FactIdentity.of(KEY, 0));
        assertEquals(UUID.fromString("c4983b2c-f441-32b0-bc1e-9a167b8b9d8a"), FactIdentity.of(KEY, 1));
        assertEquals(UUID.fromString("534140ef-39bd-3c97-95e2-8852f7964c49"), FactIdentity.of(KEY, 2));
    }

    @Test
    void namesALaterGenerationByTheKeyAndItsNumber() {
        assertEquals(UUID.nameUUIDFromBytes((KEY + "|1").getBytes(StandardCharsets.UTF_8)), FactIdentity.of(KEY, 1));
        assertEquals(3, FactIdentity.of(KEY, 1).version(), "a name-based (MD5) UUID");
    }

    @Test
    void tellsKeysApartThatDifferInAnyPart() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        Set<UUID> ids = Set.of(FactIdentity.of("s", "m", "CN", start, null), FactIdentity.of("t", "m", "CN", start, null),
                FactIdentity.of("s", "n", "CN", start, null), FactIdentity.of("s", "m", "CN-BJ", start, null),
                FactIdentity.of("s", "m", "CN", start.plusDays(1), null), FactIdentity.of("s", "m", "CN", start, start));
        assertEquals(6, ids.size());
    }
}
