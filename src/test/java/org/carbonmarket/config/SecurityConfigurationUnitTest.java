package org.carbonmarket.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No private key ships with the service, and only dev mode trusts the dev key pair. */
class SecurityConfigurationUnitTest {

    @Test
    void onlyTheDevProfileTrustsTheDevKey() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/application.properties"));
        List<String> devKey = lines.stream().filter(line -> line.contains("dev-jwt") && !line.startsWith("#")).toList();
        assertEquals(1, devKey.size(), devKey.toString());
        assertTrue(devKey.get(0).startsWith("%dev.mp.jwt.verify.publickey.location="), devKey.get(0));
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("mp.jwt.verify.publickey.location") || line.startsWith("mp.jwt.verify.publickey=")
                        || line.startsWith("%prod.mp.jwt")),
                "production takes its key from the environment");
    }

    @Test
    void shipsNoPrivateKey() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> keys = files.filter(Files::isRegularFile).filter(file -> {
                try {
                    return Files.readString(file).contains("PRIVATE KEY");
                } catch (IOException e) {
                    return false; // binary files hold no PEM text
                }
            }).toList();
            assertEquals(List.of(), keys);
        }
    }
}
