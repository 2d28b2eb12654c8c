package org.carbonmarket.api.v1;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.function.Function;
import org.carbonmarket.curation.Change;
import org.carbonmarket.curation.CuratedService;
import org.carbonmarket.curation.Draft;
import org.carbonmarket.http.Curators;
import org.carbonmarket.http.Versions;
import org.carbonmarket.ops.Counters;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The HTTP side of what facts, metrics and sources share as curated resources: their revisions, and the create,
 * replace and retire writes with their bodies, If-Match, counters and answers. Each resource keeps its routes and
 * their documentation, and hands over its service and how it shows a read model ({@code represent}).
 */
@ApplicationScoped
class CuratedEndpoints {

    private final JsonWebToken curator;
    private final Counters counters;
    private final Pages pages;

    CuratedEndpoints(JsonWebToken curator, Counters counters, Pages pages) {
        this.pages = pages;
        this.curator = curator;
        this.counters = counters;
    }

    <K, R> RestResponse<PageResponse<RevisionResponse>> revisions(CuratedService<?, K, ?, R> service, K key, PageParams paging,
            AsOfParam asOf, UriInfo uri) {
        var listing = pages.listing(paging, asOf, uri);
        return pages.ok(RevisionPages.page(service.revisions(key, listing.at()), listing.window()), uri);
    }

    /** 201 with Location and ETag; {@code uri} is the collection's. */
    <K, D extends Draft, R, A extends Versions.Versioned> RestResponse<A> create(CuratedService<?, K, D, R> service, CuratedRequest<D> request,
            UriInfo uri, Function<R, A> represent) {
        var body = Bodies.require(request);
        R created = service.create(body.toDraft(), Change.create(Curators.actor(curator), body.comment()));
        counters.write(service.kind(), "create");
        return Versions.created(uri, service.keyOf(created).toString(), represent.apply(created));
    }

    /** 200 with the new ETag; {@code uri} is the resource's own. */
    <K, D extends Draft, R, A extends Versions.Versioned> RestResponse<A> replace(CuratedService<?, K, D, R> service, K key, String ifMatch,
            CuratedRequest<D> request, UriInfo uri, Function<R, A> represent) {
        var body = Bodies.require(request);
        R replaced = service.replace(key, body.toDraft(), Versions.change(curator, body.comment(), ifMatch));
        counters.write(service.kind(), "replace");
        return Versions.written(uri.getAbsolutePath(), represent.apply(replaced));
    }

    /** 200 with the new ETag; {@code uri} is the retirement's, below the resource's own. */
    <K, R, A extends Versions.Versioned> RestResponse<A> retire(CuratedService<?, K, ?, R> service, K key, String ifMatch,
            RetireRequest request, UriInfo uri, Function<R, A> represent) {
        var body = Bodies.require(request);
        R retired = service.retire(key, Versions.change(curator, body.reason(), ifMatch));
        counters.write(service.kind(), "retire");
        String retirement = uri.getAbsolutePath().toString();
        return Versions.written(URI.create(retirement.substring(0, retirement.lastIndexOf('/'))), represent.apply(retired));
    }
}
