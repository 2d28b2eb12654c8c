package org.carbonmarket.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;
import org.carbonmarket.common.Checks;
import org.carbonmarket.fact.FactDraft;
import org.carbonmarket.fact.FactStaging;

/**
 * Where the facts of an import body go as they are read: each is checked on its own and staged (see
 * {@link FactStaging}), or rejected with every reason under the line or entry it came from. Nothing of a body is
 * held here but its rejections.
 */
final class FactIntake {

    /** How a body names its facts in a report: by the line of a CSV file, or by the index of a JSON dataset's entry. */
    enum Naming { LINES, ENTRIES }

    private final ObjIntConsumer<FactDraft> stage;
    private final Naming naming;
    private final boolean shipped;
    private final List<RowError> errors = new ArrayList<>();

    /**
     * {@code stage} takes each valid fact with its entry ({@link FactStaging#add}); {@code shipped}: a dataset of the
     * service's own, whose facts may pin the id they were first published with.
     */
    FactIntake(ObjIntConsumer<FactDraft> stage, Naming naming, boolean shipped) {
        this.stage = stage;
        this.naming = naming;
        this.shipped = shipped;
    }

    /** A fact as read; {@code entry} is its line or its index. */
    void add(int entry, FactDraft fact) {
        var checks = new Checks();
        fact.check(checks);
        checks.that("id", shipped || fact.id() == null, "is the server's: only the service's own datasets pin a fact's id");
        if (checks.violations().isEmpty()) {
            stage.accept(fact, entry);
        } else {
            reject(entry, checks.violations().stream().map(violation -> violation.field() + ": " + violation.message()).toList());
        }
    }

    /** A row that could not even be read as a fact. */
    void reject(int entry, List<String> reasons) {
        errors.add(naming == Naming.LINES ? new RowError(entry, null, reasons) : new RowError(null, name(entry), reasons));
    }

    /** How a report names an entry: {@code line 7}, or {@code facts[6]}. */
    String name(int entry) {
        return naming == Naming.LINES ? "line " + entry : "facts[" + entry + "]";
    }

    /** What was rejected so far: rows that could not be read, and facts that failed their checks. */
    List<RowError> errors() {
        return errors;
    }
}
