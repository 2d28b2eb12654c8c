package org.carbonmarket.api.v1;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** The languages names and descriptions are served in: English by default, Simplified Chinese on request. */
enum Language {
    EN("en"), ZH("zh-CN");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    /** The first acceptable language we have, in the client's order of preference (RFC 9110 12.5.4). */
    static Language of(HttpHeaders headers) {
        return of(headers.getAcceptableLanguages());
    }

    static Language of(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if (language.equals("zh") && !isTraditional(locale)) {
                return ZH;
            }
            if (language.equals("en") || language.equals("*")) {
                return EN;
            }
        }
        return EN;
    }

    private static boolean isTraditional(Locale locale) {
        return locale.getScript().equals("Hant") || locale.getCountry().equals("TW") || locale.getCountry().equals("HK");
    }

    /** The name in this language, falling back to English where no translation exists. */
    String pick(String english, String chinese) {
        return this == ZH && chinese != null ? chinese : english;
    }
}
