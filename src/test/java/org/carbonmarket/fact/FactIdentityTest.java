package org.carbonmarket.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Fact ids: the same on every database and replica, and the first one exactly as it has always been. */
class FactIdentityTest {

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
}
