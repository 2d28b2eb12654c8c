package org.carbonmarket.citation;

import java.time.LocalDate;
import org.carbonmarket.source.DatePrecision;
import org.carbonmarket.source.SourceDetails;

/**
 * What a citation of a published document says: the original publication (publisher, outlet, title, date to its
 * known precision, language, its own address), where in it a fact stands, where the text was read when that is a
 * republication, its licence, and whom to credit. No access date: sources record where they were read, not when.
 *
 * @param key a stable citation key: the source's id, or for a fact the fact's id
 * @param locator where in the document, for a fact; {@code null} for a whole source
 * @param link the API's address of what is cited, for the reader who wants the data behind the citation
 */
public record Citation(String key, String title, String publisher, String outlet, LocalDate publishedOn,
        DatePrecision precision, String language, String url, String retrievedFrom, String licence, String locator,
        String link) {

    /** The media types of its formats ({@link CitationFormat}). */
    public static final String BIBTEX = "application/x-bibtex";
    public static final String RIS = "application/x-research-info-systems";
    public static final String CSL_JSON = "application/vnd.citationstyles.csl+json";

    public static Citation of(SourceDetails source, String key, String locator, String link) {
        return new Citation(key, source.title(), source.publisher(), source.outlet(), source.publishedOn(),
                source.publishedPrecision(), source.language(), source.url(), source.retrievedFrom(), source.licence(),
                locator, link);
    }

    /** Whom to credit: the publisher, in its outlet, and the republication that was read, where there is one. */
    public String attribution() {
        return publisher + (outlet == null ? "" : ", in " + outlet)
                + (republication() == null ? "" : "; read in the republication at " + republication());
    }

    /** Where the text was read, when that is not the document's own address. */
    String republication() {
        return retrievedFrom == null || retrievedFrom.equals(url) ? null : retrievedFrom;
    }

    /** The year, month and day that are known of the publication date: none, one, two or three parts. */
    int[] dateParts() {
        if (publishedOn == null || precision == DatePrecision.UNKNOWN) {
            return new int[0];
        }
        return switch (precision) {
            case YEAR -> new int[] {publishedOn.getYear()};
            case MONTH -> new int[] {publishedOn.getYear(), publishedOn.getMonthValue()};
            default -> new int[] {publishedOn.getYear(), publishedOn.getMonthValue(), publishedOn.getDayOfMonth()};
        };
    }

    /** The address to cite: the document's own, else the one it was read at. */
    String address() {
        return url != null ? url : retrievedFrom;
    }

    /** A note with what the formats have no field of their own for: where the text was read, where in it, the licence. */
    String note() {
        StringBuilder note = new StringBuilder();
        if (locator != null) {
            note.append(locator).append(". ");
        }

        if (licence != null) {
            note.append("Licence: ").append(licence).append(' ');
        }
        note.append("Credit: ").append(attribution()).append(". Data: ").append(link);
        return note.toString();
    }
}
