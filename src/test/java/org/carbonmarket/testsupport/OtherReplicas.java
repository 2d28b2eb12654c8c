package org.carbonmarket.testsupport;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Writes committed outside this replica, as another replica's are: the freshness contract lets reads learn of them
 * within the data version listener's bound.
 */
public final class OtherReplicas {

    /** How soon a commit elsewhere reaches this replica's reads (README, "Freshness contract"). */
    public static final Duration BOUND = Duration.ofMillis(100);

    private OtherReplicas() {
    }

    /** Returns once {@code seen} holds; fails if it took longer than {@link #BOUND} from the call. */
    public static Duration awaitSeen(BooleanSupplier seen) {
        long start = System.nanoTime();
        while (!seen.getAsBoolean()) {
            assertTrue(System.nanoTime() - start < BOUND.toNanos(), "not seen within " + BOUND);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
