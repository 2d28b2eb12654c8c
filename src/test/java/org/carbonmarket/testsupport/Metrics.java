package org.carbonmarket.testsupport;

import static io.restassured.RestAssured.given;

import java.util.OptionalDouble;
import java.util.stream.DoubleStream;

/** Reads the service's Prometheus metrics at /q/metrics. */
public final class Metrics {

    private Metrics() {
    }

    /** The value of a metric, summed over its tags; empty while the service exports no such metric. */
    public static OptionalDouble value(String name) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double[] values = metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).toArray();
        return values.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(DoubleStream.of(values).sum());
    }
}
