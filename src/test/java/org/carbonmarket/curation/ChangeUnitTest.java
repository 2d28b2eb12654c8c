package org.carbonmarket.curation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.InvalidRequestException.Violation;
import org.junit.jupiter.api.Test;

/** A change names its reason, and applies only to the version it was based on. */
class ChangeUnitTest {

    /** A row as a curator first reads it: version 0, as the database stores a new row. */
    private static Curated newRow() {
        return new Curated() {
        };
    }

    @Test
    void appliesToTheVersionItExpects() {
        assertDoesNotThrow(() -> new Change("alice", "c", 0L).requireVersionOf(newRow(), "source 'x'"));
    }

    @Test
    void appliesToAnyVersionWhenItExpectsNone() {
        assertDoesNotThrow(() -> new Change("alice", "c", null).requireVersionOf(newRow(), "source 'x'"));
        assertNull(Change.create("alice", "c").expectedVersion());
    }

    @Test
    void refusesAnotherVersionSayingWhichOneIsCurrent() {
        var refused = assertThrows(VersionMismatchException.class,
                () -> new Change("alice", "c", 3L).requireVersionOf(newRow(), "fact '49180144-1ba0-3797-ba31-a37e5193bde3'"));
        assertEquals("fact '49180144-1ba0-3797-ba31-a37e5193bde3' is at version 0, not 3; read it again and reapply the change",
                refused.getMessage());
    }

    @Test
    void requiresAReasonOfAtMost2000Characters() {
        assertEquals(List.of(new Violation("comment", "is required")), violations(Change.create("alice", null)));
        assertEquals(List.of(new Violation("comment", "is required")), violations(Change.create("alice", "  ")));
        assertEquals(List.of(new Violation("comment", "must be at most 2000 characters")),
                violations(Change.create("alice", "x".repeat(2001))));
        assertEquals(List.of(), violations(Change.create("alice", "x".repeat(2000))));
    }

    @Test
    void startsANewRowPublishedAtVersion0() {
        assertEquals(0, newRow().getVersion());
        assertEquals(Status.PUBLISHED, newRow().getStatus());
    }

    @Test
    void retiresARowWithWhoAndWhy() {
        Curated row = newRow();
        row.retire("bob", "superseded by the 2024 report");
        assertEquals(Status.RETIRED, row.getStatus());
        assertEquals("bob", row.getChangedBy());
        assertEquals("superseded by the 2024 report", row.getChangeComment());
    }

    private static List<Violation> violations(Change change) {
        var checks = new Checks();
        change.check(checks);
        return checks.violations();
    }
}
