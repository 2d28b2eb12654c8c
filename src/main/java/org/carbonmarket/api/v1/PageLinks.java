package org.carbonmarket.api.v1;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.http.QueryParameters;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Answers a page with its envelope and RFC 8288 Link headers (first, prev, next, last), which repeat the
 * request's query without the parameters that no read takes.
 */
final class PageLinks {

    private PageLinks() {
    }

    static <T> RestResponse<PageResponse<T>> ok(PageResult<T> page, UriInfo uri) {
        int last = Math.max(1, page.totalPages());
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, "first"));
        if (page.page() > 1) {
            links.add(link(uri, Math.min(page.page() - 1, last), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return RestResponse.ResponseBuilder.ok(PageResponse.of(page))
                .header("Link", String.join(", ", links))
                .build();
    }

    private static String link(UriInfo uri, int page, String rel) {
        var target = uri.getRequestUriBuilder().replaceQuery(QueryParameters.known(uri.getRequestUri().getRawQuery()));
        return "<" + target.replaceQueryParam("page", page).build() + ">; rel=\"" + rel + "\"";
    }
}
