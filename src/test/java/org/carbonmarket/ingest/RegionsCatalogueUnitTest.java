package org.carbonmarket.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.carbonmarket.common.Checks;
import org.carbonmarket.region.RegionDetails;
import org.carbonmarket.testsupport.Datasets;
import org.junit.jupiter.api.Test;

/** The regions catalogue holds every code facts name, every entity of CDIAC-FF, and links that lead somewhere. */
class RegionsCatalogueUnitTest {

    private static final List<RegionDetails> REGIONS = RegionCatalogue.read(bytes(RegionCatalogue.REGIONS));
    private static final Set<String> CODES = REGIONS.stream().map(RegionDetails::code).collect(Collectors.toSet());

    @Test
    void givesEachRegionOneCodeOfTheRegionPattern() {
        assertEquals(REGIONS.size(), CODES.size(), "codes are unique");
        REGIONS.forEach(region -> assertTrue(Checks.REGION.matcher(region.code()).matches(), region.code()));
    }

    @Test
    void linksOnlyToRegionsItHolds() {
        for (RegionDetails region : REGIONS) {
            assertTrue(CODES.containsAll(region.predecessors()), region.code() + " predecessors " + region.predecessors());
            assertTrue(CODES.containsAll(region.successors()), region.code() + " successors " + region.successors());
        }
        RegionDetails ussr = REGIONS.stream().filter(region -> region.code().equals("SUHH")).findFirst().orElseThrow();
        assertTrue(ussr.successors().containsAll(List.of("RU", "UA", "BY", "KZ")), ussr.successors().toString());
        assertEquals(List.of("USSR"), ussr.sourceNames());
    }

    @Test
    void mapsEveryEntityOfCdiacExactlyOnceToARegion() {
        Set<String> entities = new String(bytes(DatasetLoader.CDIAC), StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)[1].replace("\"", "")).collect(Collectors.toSet());
        assertEquals(entities, CdiacProfile.REGIONS.keySet(), "no entity is dropped, none is invented");
        assertTrue(CODES.containsAll(CdiacProfile.REGIONS.values()));
        assertEquals(entities.size(), REGIONS.stream().mapToInt(region -> region.sourceNames().size()).sum(),
                "each entity's name stands with its region");
    }

    @Test
    void holdsEveryRegionTheShippedFactsName() {
        Set<String> named = Datasets.facts().stream().map(fact -> fact.path("region").asText()).collect(Collectors.toCollection(HashSet::new));
        named.removeAll(CODES);
        assertEquals(Set.of(), named);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = RegionsCatalogueUnitTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
