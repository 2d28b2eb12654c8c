package org.carbonmarket.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The service as it runs by default, loading CDIAC-FF's 113,000 figures at its start. Tests that need them share this
 * profile, so that the other tests run against the small shipped datasets alone.
 */
public class WithCdiac implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("carbonmarket.datasets.cdiac", "true");
    }
}
