package org.carbonmarket.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.carbonmarket.curation.Status;
import org.carbonmarket.fact.Qualifier;
import org.junit.jupiter.api.Test;

/** Enums travel as their lower-case codes, and only those: "more_than", never "MORE_THAN". */
class CodedEnumUnitTest {

    @Test
    void publishesEachConstantAsItsLowerCaseName() {
        assertEquals("more_than", Qualifier.MORE_THAN.code());
        assertEquals(List.of("exact", "about", "more_than", "at_least", "less_than", "up_to"), CodedEnum.codes(Qualifier.class));
    }

    @Test
    void readsACodeBackAndNothingElse() {
        assertEquals(Qualifier.MORE_THAN, CodedEnum.fromCode(Qualifier.class, "more_than"));
        assertEquals("unknown Qualifier 'MORE_THAN'",
                assertThrows(IllegalArgumentException.class, () -> CodedEnum.fromCode(Qualifier.class, "MORE_THAN")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodedEnum.fromCode(Status.class, null));
    }
}
