package org.carbonmarket.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.carbonmarket.common.PayloadTooLargeException;
import org.junit.jupiter.api.Test;

/** A body may be exactly as long as its limit; the first byte beyond it refuses the whole body. */
class LimitedInputStreamUnitTest {

    @Test
    void readsABodyOfExactlyTheLimit() throws IOException {
        try (var in = new LimitedInputStream(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}), 4)) {
            assertArrayEquals(new byte[] {1, 2, 3, 4}, in.readAllBytes());
            assertEquals(-1, in.read());
        }
    }

    @Test
    void refusesTheByteBeyondTheLimitWhicheverWayItIsRead() throws IOException {
        try (var in = new LimitedInputStream(new ByteArrayInputStream(new byte[5]), 4)) {
            var refused = assertThrows(PayloadTooLargeException.class, in::readAllBytes);
            assertEquals("The request body exceeds the limit of 4 bytes.", refused.getMessage());
        }
        try (var in = new LimitedInputStream(new ByteArrayInputStream(new byte[5]), 4)) {
            for (int i = 0; i < 4; i++) {
                assertEquals(0, in.read());
            }
            assertThrows(PayloadTooLargeException.class, in::read);
        }
    }
}
