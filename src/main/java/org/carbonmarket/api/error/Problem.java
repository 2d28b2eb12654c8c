package org.carbonmarket.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body, the one shape of every error this API returns. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details. `errors` lists each invalid field or parameter.")
public record Problem(
        @Schema(description = "A URI identifying the problem type; about:blank means the HTTP status says it all.",
                examples = "about:blank") String type,
        @Schema(description = "Short summary of the problem type.", examples = "Bad Request") String title,
        @Schema(description = "HTTP status code.", examples = "400") int status,
        @Schema(description = "What went wrong with this request.", examples = "2 invalid parameter(s)") String detail,
        @Schema(description = "The path of the request that failed.", examples = "/api/v1/facts") String instance,
        @Schema(description = "The invalid fields or parameters, one entry each.") List<FieldError> errors,
        @Schema(description = "For a rejected import: its full report, every rejected row with its reasons.")
        Object report) {

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "Query parameter, path parameter or JSON field.", examples = "size") String field,
            @Schema(description = "Why its value is not accepted.", examples = "must be between 1 and 100") String message) {
    }
}
