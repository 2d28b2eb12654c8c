package org.carbonmarket.api.v1;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The unit a read shows values in, as raw text for {@link QueryParams}: every read of facts takes it alike. */
public class UnitParam {

    @QueryParam("unit")
    @Parameter(description = "Convert values to this unit: t, kt, Mt, Gt (mass), kWh, MWh, GWh, TWh (energy), mu, ha, km² "
            + "(area); a mass of carbon (kt C) also to the mass of its CO2 (t CO2 ... Gt CO2), times 44/12. On /facts it "
            + "needs `metric`. Currencies and other units stay as published.", example = "Gt",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"t", "kt", "Mt", "Gt", "kWh", "MWh", "GWh", "TWh", "mu", "ha",
                    "km²", "t CO2", "kt CO2", "Mt CO2", "Gt CO2"}))
    String unit;
}
