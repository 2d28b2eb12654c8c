package org.carbonmarket.api.v1;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.http.QueryParameters;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Pages of collections: the window a request asks for (a page number for shallow pages, a cursor for any), and the
 * answer with its envelope and RFC 8288 Link headers. {@code first} and {@code last} are page numbers where the
 * last page lies within {@link Window#MAX_DEPTH} rows; {@code prev} and {@code next} carry cursors. Links
 * repeat the request's query without the parameters that no read takes.
 */
@ApplicationScoped
class Pages {

    private final Cursors cursors;

    Pages(Cursors cursors) {
        this.cursors = cursors;
    }

    /** The window of {@code raw}: its page number, or the position of its cursor; problems go to {@code params}. */
    Window window(QueryParams params, Paging raw, UriInfo uri) {
        if (raw.cursor == null) {
            return params.page(raw);
        }
        params.require(raw.page == null, "page", "must not come with cursor: a cursor says where the page lies");
        int size = params.size(raw);
        Window.Position position = cursors.decode("cursor", raw.cursor, uri, params.checks());
        return position == null ? Window.page(1, size) : Window.at(position, size);
    }

    /** The window and instant of a list that takes no other parameters, checked. */
    QueryParams.Listing listing(PageParams paging, AsOfParam asOf, UriInfo uri) {
        var params = new QueryParams();
        var listing = new QueryParams.Listing(window(params, paging, uri), params.asOf(asOf));
        params.validate();
        return listing;
    }

    <T> RestResponse<PageResponse<T>> ok(PageResult<T> page, UriInfo uri) {
        String next = page.next() == null ? null : cursors.encode(page.next(), uri);
        String previous = page.previous() == null ? null : cursors.encode(page.previous(), uri);
        List<String> links = new ArrayList<>();
        links.add(link(uri, "page", "1", "first"));
        if (previous != null) {
            links.add(link(uri, "cursor", previous, "prev"));
        }
        if (next != null) {
            links.add(link(uri, "cursor", next, "next"));
        }
        int last = Math.max(1, page.totalPages());
        if (page.total().exact() && (long) last * page.size() <= Window.MAX_DEPTH) {
            links.add(link(uri, "page", String.valueOf(last), "last"));
        }
        return RestResponse.ResponseBuilder.ok(PageResponse.of(page, next, previous))
                .header("Link", String.join(", ", links))
                .build();
    }

    private static String link(UriInfo uri, String parameter, String value, String rel) {
        var target = uri.getRequestUriBuilder().replaceQuery(QueryParameters.known(uri.getRequestUri().getRawQuery()))
                .replaceQueryParam("page").replaceQueryParam("cursor").queryParam(parameter, value);
        return "<" + target.build() + ">; rel=\"" + rel + "\"";
    }
}
