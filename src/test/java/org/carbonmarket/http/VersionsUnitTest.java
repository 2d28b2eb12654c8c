package org.carbonmarket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.carbonmarket.api.error.PreconditionRequiredException;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.VersionMismatchException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** If-Match read into the version a change expects: strong tags of our versions or *, nothing else. */
class VersionsUnitTest {

    /** A verified token as the JWT layer hands it over: its subject, and the principal's name. */
    private record Token(String subject, String name) implements JsonWebToken {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Set<String> getClaimNames() {
            return subject == null ? Set.of() : Set.of("sub");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claim) {
            return "sub".equals(claim) ? (T) subject : null;
        }
    }

    private static final Token ALICE = new Token("alice", "alice@example.org");

    @ParameterizedTest(name = "If-Match: {0} -> version {1}")
    @CsvSource(delimiter = '|', textBlock = """
            "0"                     | 0
            "3"                     | 3
            ' "3" '                 | 3
            "3.a1b2c3"              | 3
            "3.5"                   | 3
            "9223372036854775807"   | 9223372036854775807
            """)
    void expectsTheVersionThatTheTagNames(String ifMatch, long version) {
        assertEquals(new Change("alice", "fix the unit", version), Versions.change(ALICE, "fix the unit", ifMatch));
    }

    @Test
    void expectsAnyVersionForAStar() {
        Change change = Versions.change(ALICE, "fix the unit", "*");
        assertNull(change.expectedVersion());
        assertEquals("alice", change.actor());
        assertEquals("fix the unit", change.comment());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void requiresTheHeader(String ifMatch) {
        var refused = assertThrows(PreconditionRequiredException.class, () -> Versions.change(ALICE, "c", ifMatch));
        assertEquals("This change needs an If-Match header with the ETag of the version it is based on; GET the resource to learn it.",
                refused.getMessage());
    }

    @ParameterizedTest(name = "If-Match: {0}")
    @ValueSource(strings = {"W/\"3\"", "3", "\"\"", "\"", "\"abc\"", "\".3\"", "\"3", "3\"",
            "\"99999999999999999999\"", "**"})
    void neverMatchesAWeakOrMalformedTag(String ifMatch) {
        var refused = assertThrows(VersionMismatchException.class, () -> Versions.change(ALICE, "c", ifMatch));
        assertEquals("If-Match " + ifMatch.strip() + " names no version of this resource", refused.getMessage());
    }

    @Test
    void namesTheCuratorByTheTokensSubject() {
        assertEquals("alice", Versions.change(ALICE, "c", "*").actor());
        assertEquals("bob@example.org", Versions.change(new Token(null, "bob@example.org"), "c", "*").actor(),
                "without a subject, the principal's name");
    }

    @Test
    void tagsAVersionStrongly() {
        var tag = Versions.etag(7);
        assertEquals("7", tag.getValue());
        assertFalse(tag.isWeak());
    }
}
