package org.carbonmarket.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.carbonmarket.http.Csv;
import org.carbonmarket.http.Language;
import org.carbonmarket.topic.TopicService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "Subject areas that group metrics.")
public class TopicResource {

    private final TopicService topics;
    private final Pages pages;

    @Context
    HttpHeaders headers;

    TopicResource(TopicService topics, Pages pages) {
        this.pages = pages;
        this.topics = topics;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listTopics", summary = "List topics",
            description = "Topics ordered by code. Topics are only ever added, by datasets, and are not versioned.")
    @APIResponse(responseCode = "200", ref = "TopicPage")
    public RestResponse<PageResponse<TopicResponse>> list(@BeanParam PageParams paging, @BeanParam AsOfParam asOf,
            @Context UriInfo uri) {
        // asOf is checked for every read alike; topics are only ever added, so all of them are answered
        var listing = pages.listing(paging, asOf, uri);
        var language = Language.of(headers);
        return pages.ok(topics.list(listing.window()).map(topic -> TopicResponse.from(topic, language)), uri);
    }
}
