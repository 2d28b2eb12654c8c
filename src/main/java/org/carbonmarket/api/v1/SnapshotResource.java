package org.carbonmarket.api.v1;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.Sha256;
import org.carbonmarket.http.Csv;
import org.carbonmarket.http.HttpCaching;
import org.carbonmarket.snapshot.Snapshot;
import org.carbonmarket.snapshot.SnapshotFormat;
import org.carbonmarket.snapshot.SnapshotService;
import org.carbonmarket.snapshot.SnapshotTable;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Dated snapshots of the whole dataset. A fixed instant's data never changes, so its files are the same bytes every
 * time: a file's ETag is its SHA-256 (also sent as Repr-Digest, RFC 9530), and a snapshot's the digest of what it
 * lists. Only the regions catalogue, reference data without history, or a release that writes files otherwise can
 * change them; so answers are revalidated (no-cache) as every read's are, and a 304 needs the same bytes.
 */
@Path("/api/v1/snapshots")
@Tag(name = "Snapshots", description = "The whole dataset as it stood at an instant (facts, metrics, sources, regions) "
        + "as CSV and JSON Lines files, each with its SHA-256, and the data version it reproduces.")
public class SnapshotResource {

    private static final String CACHE_CONTROL = "public, no-cache";
    private static final String CONTENT_LOCATION = "Content-Location";

    private final SnapshotService snapshots;

    SnapshotResource(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @GET
    @Path("/latest")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLatestSnapshot", summary = "Get the latest snapshot",
            description = "The snapshot at the latest instant whose data can no longer change (every transaction that "
                    + "began before it has ended); its instant stays the same while nothing else commits. Its dated "
                    + "address, which stays valid, is in Content-Location and its files' addresses.")
    @APIResponse(responseCode = "200", ref = "Snapshot")
    public Response latest() {
        Instant at = snapshots.latest();
        return Response.ok(SnapshotResponse.of(snapshots.describe(at)), MediaType.APPLICATION_JSON)
                .header(CONTENT_LOCATION, path(at)).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @GET
    @Path("/{asOf}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getSnapshot", summary = "Get a snapshot",
            description = "The snapshot's files (facts, metrics, sources and regions; CSV, CSV with a byte-order mark, "
                    + "JSON Lines), each with its rows, length and SHA-256, and the data version it reproduces. The first "
                    + "request for a state of the data writes every file to measure it (seconds for a million facts); "
                    + "later ones, for any instant that shows the same data, are answered from memory.")
    @APIResponse(responseCode = "200", ref = "Snapshot")
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response describe(@Parameter(description = "The instant, as a snapshot's address gives it: no later than "
            + "the latest fixed instant.", example = "2026-12-07T01:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) @PathParam("asOf") String asOf,
            @Context HttpHeaders headers) {
        var params = new QueryParams();
        Instant at = params.instant("asOf", asOf);
        params.validate();
        snapshots.requireFixed("asOf", at);
        Snapshot snapshot = snapshots.describe(at);
        String digest = HexFormat.of().formatHex(Sha256.of(snapshot.asOf() + " " + snapshot.dataVersion() + " "
                + snapshot.files().stream().map(Snapshot.File::sha256).collect(Collectors.joining(" "))));
        return cached("\"" + digest + "\"", headers, () -> Response.ok(SnapshotResponse.of(snapshot), MediaType.APPLICATION_JSON));
    }

    @GET
    @Path("/{asOf}/{file}")
    @Produces({Csv.MEDIA_TYPE, SnapshotFormat.JSON_LINES_TYPE})
    @Operation(operationId = "getSnapshotFile", summary = "Download a snapshot's file",
            description = "One table as it stood at the instant, streamed: CSV (RFC 4180, UTF-8, a header row, lists as "
                    + "JSON text) or JSON Lines (one object per row). Rows are the published ones, in a fixed order; "
                    + "columns are named as the API names its fields.")
    @APIResponse(responseCode = "200", description = "The file; its SHA-256 is in the snapshot, in Repr-Digest and in the ETag.",
            headers = {@Header(name = "Content-Disposition", description = "A file name with the instant.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200)),
                    @Header(name = "Repr-Digest", description = "The file's SHA-256 (RFC 9530).",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 100))},
            content = {@Content(mediaType = Csv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE)),
                    @Content(mediaType = SnapshotFormat.JSON_LINES_TYPE, schema = @Schema(type = SchemaType.STRING, maxLength = Integer.MAX_VALUE))})
    @APIResponse(responseCode = "400", ref = "BadRequest")
    public Response file(@Parameter(description = "The snapshot's instant.", example = "2026-12-07T01:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 40)) @PathParam("asOf") String asOf,
            @Parameter(description = "The file.", example = "facts.csv", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"facts.csv", "facts.jsonl", "metrics.csv", "metrics.jsonl", "sources.csv", "sources.jsonl",
                            "regions.csv", "regions.jsonl"})) @PathParam("file") String file,
            @Parameter(description = "`true`: the CSV file starts with a UTF-8 byte-order mark, so that spreadsheets show "
                    + "Chinese text.", schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("bom") String bom,
            @Context HttpHeaders headers) {
        int dot = file.lastIndexOf('.');
        SnapshotTable table = SnapshotTable.named(dot < 0 ? file : file.substring(0, dot)).orElse(null);
        SnapshotFormat format = dot < 0 ? null : SnapshotFormat.withExtension(file.substring(dot + 1)).orElse(null);
        if (table == null || format == null) {
            throw new NotFoundException("snapshot file", file);
        }
        var params = new QueryParams();
        Instant at = params.instant("asOf", asOf);
        boolean marked = params.flag("bom", bom);
        params.require(!marked || format == SnapshotFormat.CSV, "bom", "only CSV files start with a byte-order mark");
        params.validate();
        snapshots.requireFixed("asOf", at);
        Snapshot.File measured = snapshots.file(at, table, format, marked);
        StreamingOutput body = out -> snapshots.write(at, table, format, marked, out);
        String name = "carbon-market-data-" + at.toString().replace(":", "") + "-" + file;
        // No Content-Length, though the length is known (it is in the manifest): Quarkus REST sends a streamed body
        // longer than its output buffer chunked, and would send the header beside Transfer-Encoding, which HTTP/1.1
        // forbids (RFC 9112, 6.2) and which lets a proxy and a client read the answer's end differently.
        return cached("\"" + measured.sha256() + "\"", headers, () -> Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(measured.sha256())) + ":"));
    }

    /** A snapshot's dated address. */
    static String path(Instant at) {
        return "/api/v1/snapshots/" + at;
    }

    /** A 304 when the client holds these bytes already, else the answer with its validator. */
    private static Response cached(String etag, HttpHeaders request, Supplier<Response.ResponseBuilder> answer) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        var response = ifNoneMatch != null && HttpCaching.matches(ifNoneMatch, etag) ? Response.notModified() : answer.get();
        return response.header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).build();
    }
}
