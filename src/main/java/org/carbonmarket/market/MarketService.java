package org.carbonmarket.market;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.fact.FactDetails;
import org.carbonmarket.fact.FactService;
import org.carbonmarket.fact.SeriesQuery;

/** Market overviews: each indicator is the latest point of its metric's series, with its fact. */
@ApplicationScoped
public class MarketService {

    private final FactService facts;

    MarketService(FactService facts) {
        this.facts = facts;
    }

    /** Each indicator's latest fact; an indicator without any fact yet has an empty value. */
    @Transactional
    public Map<String, Optional<FactDetails>> overview(String id, Instant at) {
        Market market = Market.byId(id).orElseThrow(() -> new NotFoundException("market", id));
        Map<String, Optional<FactDetails>> indicators = new LinkedHashMap<>();
        market.indicators().forEach((name, metric) -> indicators.put(name,
                facts.latest(new SeriesQuery(metric, market.region(), null), new Checks(), at)));
        return indicators;
    }
}
