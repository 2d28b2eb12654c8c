package org.carbonmarket.http;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The languages names and descriptions are served in: English by default, Simplified Chinese on request. */
public enum Language {
    EN("en"), ZH("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public static Language of(HttpHeaders headers) {
        return of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /**
     * The first language we have in the client's order of preference (RFC 9110 12.5.4). Read leniently,
     * by hand: a malformed entry is skipped, where a strict parser would fail the whole request.
     */
    public static Language of(String acceptLanguage) {
        if (acceptLanguage == null) {
            return EN;
        }
        record Range(String tag, double quality) {
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : acceptLanguage.split(",")) {
            String[] parts = entry.strip().split(";");
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0; // unreadable weight: not acceptable
                    }
                }
            }
            if (quality > 0 && !parts[0].isBlank()) {
                ranges.add(new Range(parts[0].strip().toLowerCase(Locale.ROOT), quality));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed());
        for (Range range : ranges) {
            if (range.tag().equals("zh") || range.tag().startsWith("zh-") && !isTraditional(range.tag())) {
                return ZH;
            }
            if (range.tag().equals("en") || range.tag().startsWith("en-") || range.tag().equals("*")) {
                return EN;
            }
        }
        return EN;
    }

    private static boolean isTraditional(String tag) {
        return tag.contains("-hant") || tag.endsWith("-tw") || tag.endsWith("-hk") || tag.endsWith("-mo");
    }

    /** The name in this language, falling back to English where no translation exists. */
    public String pick(String english, String chinese) {
        return this == ZH && chinese != null ? chinese : english;
    }
}
