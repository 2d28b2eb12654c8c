package org.carbonmarket.api.v1;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.http.Csv;
import org.carbonmarket.http.Language;
import org.carbonmarket.market.Market;
import org.carbonmarket.market.MarketService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/markets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Markets", description = "Carbon markets at a glance, each figure with the fact behind it.")
public class MarketResource {

    private final MarketService markets;
    private final Pages pages;

    @Context
    HttpHeaders headers;

    MarketResource(MarketService markets, Pages pages) {
        this.pages = pages;
        this.markets = markets;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, Csv.MEDIA_TYPE})
    @Operation(operationId = "listMarkets", summary = "List markets", description = "Every market with its overview.")
    @APIResponse(responseCode = "200", ref = "MarketPage")
    public RestResponse<PageResponse<MarketResponse>> list(@BeanParam PageParams paging, @BeanParam AsOfParam asOf,
            @Context UriInfo uri) {
        var listing = pages.listing(paging, asOf, uri);
        return pages.ok(PageResult.ofAll(Market.ALL, listing.window(), Market::id).map(market -> overview(market, listing.at())), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMarket", summary = "Get a market's overview",
            description = "Launch date, latest closing price, cumulative volume and turnover, covered emissions, entities and "
                    + "coverage share, each the latest published fact of its metric, with the fact's id and the date it holds at.")
    @APIResponse(responseCode = "200", ref = "Market")
    public MarketResponse get(@Parameter(description = "The market's id.", example = "cn-ets") @PathParam("id") String id,
            @BeanParam AsOfParam asOf) {
        return overview(Market.byId(id).orElseThrow(() -> new NotFoundException("market", id)), QueryParams.at(asOf));
    }

    private MarketResponse overview(Market market, java.time.Instant at) {
        var language = Language.of(headers);
        var view = View.of(language);
        Map<String, MarketResponse.Indicator> indicators = new LinkedHashMap<>();
        markets.overview(market.id(), at)
                .forEach((name, fact) -> indicators.put(name, fact.map(found -> MarketResponse.Indicator.of(FactResponse.from(found, view)))
                        .orElse(null)));
        return MarketResponse.of(market, language, indicators);
    }
}
