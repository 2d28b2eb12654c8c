package org.carbonmarket.fact;

import java.time.LocalDate;

/**
 * A region that published facts of a metric name: how many facts, and the days their periods span, from the earliest
 * start to the latest end (a period open at one end counts by its other end).
 */
public record MetricRegion(String code, String name, String nameZh, long facts, LocalDate firstDay, LocalDate lastDay) {
}
