package org.carbonmarket.api.v1;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging of a collection: pages of up to {@value QueryParams#MAX_SIZE} items. */
public class PageParams extends Paging {

    @QueryParam("size")
    @Parameter(description = "Items per page.", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    String size;

    public PageParams() {
        super(QueryParams.MAX_SIZE);
    }

    @Override
    String size() {
        return size;
    }
}
