package org.carbonmarket.http;

import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Proactive negotiation on Accept as RFC 9110 (12.5.1) defines it: each type on offer takes the quality of the most
 * specific media range that matches it, a type that no range matches is not acceptable, nor is one of quality 0, and
 * the client's highest quality wins, ties going to the type offered first. Media type parameters other than q are
 * not compared, since no representation of this API has any. A member of the header that is not a media range is
 * ignored, so a header with nothing but such members accepts nothing.
 */
public final class MediaRanges {

    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    private record Range(String type, String subtype, BigDecimal quality) {

        boolean matches(MediaType offer) {
            return type.equals("*") || (type.equalsIgnoreCase(offer.getType())
                    && (subtype.equals("*") || subtype.equalsIgnoreCase(offer.getSubtype())));
        }

        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2;
        }
    }

    private MediaRanges() {
    }

    /** The offer to answer with, or null when the client accepts none of them; no header accepts the first. */
    public static MediaType choose(String accept, List<MediaType> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.isEmpty() ? null : offers.get(0);
        }
        List<Range> ranges = parse(accept);
        MediaType best = null;
        BigDecimal bestQuality = BigDecimal.ZERO;
        for (MediaType offer : offers) {
            BigDecimal quality = quality(offer, ranges);
            if (quality.compareTo(bestQuality) > 0) {
                best = offer;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static BigDecimal quality(MediaType offer, List<Range> ranges) {
        Range deciding = null;
        for (Range range : ranges) {
            if (range.matches(offer) && (deciding == null || range.specificity() > deciding.specificity())) {
                deciding = range;
            }
        }
        return deciding == null ? BigDecimal.ZERO : deciding.quality();
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String member : accept.split(",")) {
            Range range = range(member);
            if (range != null) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    private static Range range(String member) {
        String[] parts = member.split(";");
        String[] type = parts[0].strip().split("/", -1);
        if (type.length != 2 || !TOKEN.matcher(type[0]).matches() || !TOKEN.matcher(type[1]).matches()
                || type[0].equals("*") && !type[1].equals("*")) {
            return null;
        }
        BigDecimal quality = BigDecimal.ONE;
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].strip().split("=", 2);
            if (parameter[0].strip().toLowerCase(Locale.ROOT).equals("q")) {
                String value = parameter.length == 2 ? parameter[1].strip() : "";
                if (!QVALUE.matcher(value).matches()) {
                    return null;
                }
                quality = new BigDecimal(value.endsWith(".") ? value + "0" : value);
            }
        }
        return new Range(type[0], type[1], quality);
    }
}
