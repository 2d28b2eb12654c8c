package org.carbonmarket.api.v1;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A series' paging: pages of up to {@value #MAX_SIZE} points, so that one link (the explorer's download) holds a
 * yearly series since 1750 whole. A series is read in period order by index, a point at a time.
 */
public class SeriesPageParams extends Paging {

    static final int MAX_SIZE = 1000;

    @QueryParam("size")
    @Parameter(description = "Points per page: up to 1000, so that one link holds a long series.", example = "100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "20"))
    String size;

    public SeriesPageParams() {
        super(MAX_SIZE);
    }

    @Override
    String size() {
        return size;
    }
}
