package org.carbonmarket.common;

import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8, for every input the service reads: a malformed byte is an error, never a silent replacement. */
public final class Utf8 {

    private Utf8() {
    }

    /** A new decoder (decoders keep state, so each input takes its own) that reports malformed input. */
    public static CharsetDecoder strictDecoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
