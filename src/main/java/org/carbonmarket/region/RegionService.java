package org.carbonmarket.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.carbonmarket.common.NotFoundException;
import org.carbonmarket.common.PageResult;

/** Reads of the regions catalogue. */
@ApplicationScoped
public class RegionService {

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    /** Regions ordered by code; {@code page} counts from 1. */
    @Transactional
    public PageResult<RegionDetails> list(int page, int size) {
        return new PageResult<>(regions.page(page - 1, size), page, size, regions.count());
    }

    @Transactional
    public RegionDetails get(String code) {
        return regions.find(code).orElseThrow(() -> new NotFoundException("region", code));
    }
}
