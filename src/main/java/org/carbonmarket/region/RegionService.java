package org.carbonmarket.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carbonmarket.common.NotFoundException;
import java.util.List;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;

/** Reads of the regions catalogue. */
@ApplicationScoped
public class RegionService {

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    /** Regions ordered by code. */
    @Transactional
    public PageResult<RegionDetails> list(Window window) {
        return PageResult.read(window, regions.page(window), region -> List.of(region.code()), PageResult.Total.exact(regions.count()));
    }

    @Transactional
    public RegionDetails get(String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
    }
}
