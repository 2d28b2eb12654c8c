package org.carbonmarket.api.error;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A resource of the tests only, that fails as a bug would, so that the answer to an unexpected failure can be seen. */
@Path("/test-only/failure/{anything}")
public class FailingResource {

    @GET
    @Operation(hidden = true)
    public String fail(@PathParam("anything") String anything) {
        throw new IllegalStateException("a bug");
    }
}
