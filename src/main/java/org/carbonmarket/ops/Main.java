package org.carbonmarket.ops;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Quarkus checks every request target with java.net.URI before any route and answers one that
 * fails with a bare 400; the request guard makes the same check and answers with a problem instead, so Quarkus's
 * check is switched off. Only a system property, read as the HTTP layer is set up, can switch it off, so it is set
 * here, before Quarkus starts. (The tests set it in the build; a run without it keeps Quarkus's check.)
 */
@QuarkusMain
public final class Main {

    private static volatile long entered;

    private Main() {
    }

    public static void main(String... args) {
        entered = System.currentTimeMillis();
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }

    /** When {@link #main} was entered (milliseconds since the epoch); 0 when Quarkus was started otherwise, as in tests. */
    static long entered() {
        return entered;
    }
}
