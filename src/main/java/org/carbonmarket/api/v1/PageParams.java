package org.carbonmarket.api.v1;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every collection takes, as raw text for {@link QueryParams} to check. */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "Page number, from 1.", example = "1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000000", defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page.", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size;
}
