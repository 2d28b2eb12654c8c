package org.carbonmarket.market;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.fact.Fact;
import org.carbonmarket.fact.FactService;

/** Market overviews: each indicator is the latest point of its metric's series, with its fact. */
@ApplicationScoped
public class MarketService {

    private final FactService facts;

    MarketService(FactService facts) {
        this.facts = facts;
    }

    /** Each indicator's latest fact, mapped; an indicator without any fact yet maps to an empty value. */
    @jakarta.transaction.Transactional
    public <T> Map<String, Optional<T>> overview(String id, Instant at, Function<Fact, T> mapper) {
        Market market = Market.byId(id).orElseThrow(() -> new NotFoundException("market", id));
        Map<String, Optional<T>> indicators = new LinkedHashMap<>();
        market.indicators().forEach((name, metric) -> indicators.put(name, facts.latest(metric, market.region(), at, mapper)));
        return indicators;
    }
}
