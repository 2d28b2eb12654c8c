package org.carbonmarket.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept-Language read by hand and leniently: Simplified Chinese when preferred, English otherwise. */
class AcceptLanguageUnitTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            zh                                   | ZH
            zh-CN                                | ZH
            ZH-cn                                | ZH
            zh-Hans-CN                           | ZH
            zh-SG                                | ZH
            zh-CN,zh;q=0.9,en;q=0.8              | ZH
            fr, zh;q=0.8                         | ZH
            en;q=0.5, zh;q=0.9                   | ZH
            en, zh                               | EN
            en-GB                                | EN
            *                                    | EN
            zh-TW                                | EN
            zh-HK                                | EN
            zh-MO                                | EN
            zh-Hant                              | EN
            zh-Hant-TW, zh-CN;q=0.5              | ZH
            zh;q=0, en                           | EN
            zh;q=abc, en;q=0.1                   | EN
            zh;q=abc                             | EN
            fr, de                               | EN
            ''                                   | EN
            ;q=1, zh                             | ZH
            ' zh-CN ; q=0.7 , en ; q=0.6 '       | ZH
            zh-CN;q=0.5, en-US;q=0.5             | ZH
            en-US;q=0.5, zh-CN;q=0.5             | EN
            """)
    void choosesTheMostPreferredLanguageWeHave(String acceptLanguage, Language expected) {
        assertEquals(expected, Language.of(acceptLanguage));
    }

    @Test
    void speaksEnglishWithoutTheHeader() {
        assertEquals(Language.EN, Language.of((String) null));
    }

    @Test
    void tagsEachLanguageAsContentLanguageNamesIt() {
        assertEquals("en", Language.EN.tag());
        assertEquals("zh-CN", Language.ZH.tag());
    }

    @Test
    void fallsBackToEnglishWhereNoTranslationExists() {
        assertEquals("森林覆盖率", Language.ZH.pick("Forest coverage rate", "森林覆盖率"));
        assertEquals("Forest coverage rate", Language.ZH.pick("Forest coverage rate", null));
        assertEquals("Forest coverage rate", Language.EN.pick("Forest coverage rate", "森林覆盖率"));
    }
}
