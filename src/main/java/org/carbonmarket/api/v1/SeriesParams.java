package org.carbonmarket.api.v1;

import jakarta.ws.rs.QueryParam;
import org.carbonmarket.common.Checks;
import org.carbonmarket.fact.SeriesQuery;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The parameters that pick a metric's series, as raw text for {@link QueryParams}. */
public class SeriesParams {

    @QueryParam("region")
    @Parameter(description = "Region code: ISO 3166-1 (CN), ISO 3166-2 (CN-BJ) or four letters (ISO 3166-3: SUHH); default CN.", example = "CN",
            schema = @Schema(type = SchemaType.STRING, pattern = Checks.REGION_REGEX, defaultValue = "CN"))
    String region;

    @QueryParam("baseline")
    @Parameter(description = "The baseline the points are measured against (`none`: points without one). Needed only when "
            + "the series has points against several, which one line never joins.", example = "2005",
            schema = @Schema(type = SchemaType.STRING, maxLength = 1000))
    String baseline;

    SeriesQuery query(String metric, QueryParams params) {
        String where = params.region(region == null || region.isBlank() ? "CN" : region);
        return new SeriesQuery(metric, where, params.text("baseline", baseline, 1000));
    }
}
