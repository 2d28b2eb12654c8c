package org.carbonmarket.api.v1;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The instant a read answers for; every read endpoint takes it, as ALFRED's vintages do. */
public class AsOfParam {

    @QueryParam("asOf")
    @Parameter(description = "Answer with the data as it stood at this instant (ISO 8601, UTC), so that a past answer "
            + "can be reproduced exactly, e.g. 2026-11-30T09:00:00Z. Default: now.",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    String asOf;
}
