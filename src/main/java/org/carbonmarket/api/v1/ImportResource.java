package org.carbonmarket.api.v1;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.carbonmarket.api.v1.openapi.Examples;
import org.carbonmarket.common.InvalidRequestException;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.curation.Change;
import org.carbonmarket.http.Csv;
import org.carbonmarket.http.Curators;
import org.carbonmarket.http.InterimResponses;
import org.carbonmarket.ingest.FactCsv;
import org.carbonmarket.ingest.ImportService;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk writes of sources, metrics and facts: all or nothing, idempotent, recorded.")
public class ImportResource {

    static final String CSV = Csv.MEDIA_TYPE;

    private final ImportService imports;
    private final JsonWebToken curator;
    private final InterimResponses interim;
    private final Pages pages;

    ImportResource(ImportService imports, JsonWebToken curator, InterimResponses interim, Pages pages) {
        this.pages = pages;
        this.imports = imports;
        this.curator = curator;
        this.interim = interim;
    }

    @POST
    @RolesAllowed(Curators.ROLE)
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "createImport", summary = "Import sources, metrics and facts",
            description = "A JSON body is a dataset (`topics`, `sources`, `metrics`, `facts`; see GET /api/v1/imports/template.json). "
                    + "A CSV body (RFC 4180, UTF-8) holds one fact a line under the header of GET /api/v1/imports/template.csv; "
                    + "its sources and metrics must exist. With `profile=cdiac-fossil-co2`, the CSV is CDIAC-FF's national "
                    + "fossil-fuel CO2 file, of which China's rows become facts. Facts are matched by source, metric, region "
                    + "and period: new ones are created, changed ones updated, equal ones left unchanged, so the same file "
                    + "twice changes nothing the second time. One bad row and nothing is written: the 422 answer's report "
                    + "lists every rejected row and why. `dryRun=true` checks and counts without writing.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "dataset", ref = "ImportDataset")),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, maxLength = 67_108_864),
                    examples = @ExampleObject(name = "facts", value = FactCsv.TEMPLATE))})
    @APIResponse(responseCode = "201", description = "Imported and recorded; Location names the record.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResponse.class),
                    examples = @ExampleObject(name = "report", ref = "Import")))
    @APIResponse(responseCode = "200", description = "Dry run: what the import would do; nothing was written.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportResponse.class),
                    examples = @ExampleObject(name = "report", ref = "ImportDryRun")))
    @APIResponse(responseCode = "422", ref = "UnprocessableContent")
    public RestResponse<ImportResponse> create(
            @Parameter(description = "Check and count only; write nothing.", schema = @Schema(type = SchemaType.BOOLEAN,
                    defaultValue = "false")) @QueryParam("dryRun") String dryRun,
            @Parameter(description = "How to read a CSV body other than as the fact template.", example = "cdiac-fossil-co2",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"cdiac-fossil-co2"})) @QueryParam("profile") String profile,
            @Parameter(description = "Why this import is made; kept in the history of every row it changes.", required = true,
                    example = "China's fossil-fuel CO2 emissions 1899-2020 from CDIAC-FF",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 2000)) @QueryParam("comment") String comment,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            InputStream body,
            @Context UriInfo uri, @Context HttpServerRequest request) {
        var params = new QueryParams();
        boolean dry = params.flag("dryRun", dryRun);
        params.validate();
        ImportResponse report;
        try (var sending = interim.during(request)) { // a large import works for longer than a connection may idle
            report = ImportResponse.from(imports.run(format(contentType), QueryParams.blankToNull(profile), body,
                    Change.create(Curators.actor(curator), comment), dry));
        }
        if (dry) {
            return RestResponse.ok(report);
        }
        return RestResponse.ResponseBuilder.<ImportResponse>created(uri.getAbsolutePathBuilder().path(report.id().toString()).build())
                .entity(report).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listImports", summary = "List imports",
            description = "Imports that were written, newest first: who, when, why and what they did.")
    @APIResponse(responseCode = "200", ref = "ImportPage")
    public RestResponse<PageResponse<ImportResponse>> list(@BeanParam PageParams paging, @BeanParam AsOfParam asOf,
            @Context UriInfo uri) {
        var listing = pages.listing(paging, asOf, uri);
        return pages.ok(imports.list(listing.at(), listing.window()).map(ImportResponse::from), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getImport", summary = "Get an import", description = "The record of one import.")
    @APIResponse(responseCode = "200", ref = "Import")
    public ImportResponse get(@Parameter(description = "The import's id.", schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @PathParam("id") String id, @BeanParam AsOfParam asOf) {
        var at = QueryParams.at(asOf);
        try {
            return ImportResponse.from(imports.get(UUID.fromString(id), at));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("import", id);
        }
    }

    @GET
    @Path("/template.csv")
    @Produces(CSV)
    @Operation(operationId = "getImportTemplateCsv", summary = "Download the CSV template",
            description = "The header row of the fact CSV format and one example line.")
    @APIResponse(responseCode = "200", description = "The template.",
            content = @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "template", value = FactCsv.TEMPLATE)))
    public RestResponse<String> csvTemplate() {
        return RestResponse.ResponseBuilder.ok(FactCsv.TEMPLATE, CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"facts-template.csv\"").build();
    }

    @GET
    @Path("/template.json")
    @Operation(operationId = "getImportTemplateJson", summary = "Download the JSON template",
            description = "A dataset with one source, one metric and one fact.")
    @APIResponse(responseCode = "200", description = "The template.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "template", ref = "ImportDataset")))
    public RestResponse<String> jsonTemplate() {
        return RestResponse.ResponseBuilder.ok(Examples.text("ImportDataset.json"), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=\"dataset-template.json\"").build();
    }

    private static ImportService.Format format(MediaType type) {
        if (type != null && type.getParameters().containsKey("charset") && !"utf-8".equalsIgnoreCase(type.getParameters().get("charset"))) {
            throw new InvalidRequestException("Content-Type", "only UTF-8 bodies are accepted");
        }
        return type != null && type.isCompatible(MediaType.valueOf(CSV)) ? ImportService.Format.CSV : ImportService.Format.JSON;
    }
}
