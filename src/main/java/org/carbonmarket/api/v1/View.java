package org.carbonmarket.api.v1;

import java.util.List;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.http.Language;
import org.carbonmarket.unit.Units;

/** How a read wants facts shown: in which language, and in which unit (null: as published). */
record View(Language language, String unit) {

    static View of(Language language) {
        return new View(language, null);
    }

    /** The unit a fact in {@code published} is shown in; a 400 naming the compatible ones if it cannot be. */
    Units.Converted convert(java.math.BigDecimal value, String published) {
        List<String> compatible = Units.compatible(published);
        if (!compatible.contains(unit)) {
            throw new InvalidRequestException("unit", compatible.isEmpty()
                    ? "'" + published + "' values are shown as published only"
                    : "'" + published + "' converts to " + String.join(", ", compatible) + " only");
        }
        return Units.convert(value, published, unit);
    }
}
