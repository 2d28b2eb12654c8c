package org.carbonmarket.api.v1;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RetireRequest", description = "Why a fact, metric or source is retired; kept with it and in its history.")
public record RetireRequest(
        @Schema(required = true, maxLength = 2000, examples = "Superseded by the ministry's corrected release") String reason) {
}
