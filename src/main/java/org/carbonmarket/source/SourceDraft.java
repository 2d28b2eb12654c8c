package org.carbonmarket.source;

import java.time.LocalDate;
import java.util.List;
import org.carbonmarket.common.Checks;
import org.carbonmarket.common.CodedEnum;
import org.carbonmarket.curation.Draft;

/** The writable fields of a source, as curators and dataset files give them. */
public record SourceDraft(
        String id,
        String title,
        String publisher,
        String outlet,
        Published published,
        String language,
        String url,
        String retrievedFrom,
        String licence,
        List<String> regions,
        String note) implements Draft {

    /** A publication date and how much of it is known; {@code on} is absent exactly when the precision is unknown. */
    public record Published(LocalDate on, String precision) {
    }

    public static SourceDraft of(Source source) {
        return new SourceDraft(source.getId(), source.getTitle(), source.getPublisher(), source.getOutlet(),
                new Published(source.getPublishedOn(), source.getPublishedPrecision().code()), source.getLanguage(),
                source.getUrl(), source.getRetrievedFrom(), source.getLicence(), source.getRegions(), source.getNote());
    }

    @Override
    public void check(Checks checks) {
        checks.matches("id", id, Checks.SLUG, 100);
        checks.required("title", title, 1000);
        checks.required("publisher", publisher, 1000);
        checks.optional("outlet", outlet, 1000);
        if (checks.notNull("published", published) && checks.oneOf("published.precision", published.precision(), DatePrecision.class)) {
            boolean unknown = DatePrecision.UNKNOWN.code().equals(published.precision());
            checks.that("published.on", (published.on() == null) == unknown,
                    "must be given unless the precision is 'unknown', and only then be absent");
            checks.date("published.on", published.on());
        }
        checks.matches("language", language, java.util.regex.Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{1,8})*"), 35);
        checks.webAddress("url", url);
        checks.webAddress("retrievedFrom", retrievedFrom);
        checks.optional("licence", licence, 2000);
        if (regions != null && checks.that("regions", regions.size() <= 50, "must list at most 50 regions")) {
            for (int i = 0; i < regions.size(); i++) {
                checks.matches("regions[" + i + "]", regions.get(i), Checks.REGION, 10);
            }
        }
        checks.optional("note", note, 2000);
    }

    /** Copies every field but the id, which never changes. Call after {@link #check} found nothing. */
    public void applyTo(Source source) {
        source.setTitle(title);
        source.setPublisher(publisher);
        source.setOutlet(outlet);
        source.setPublished(published.on(), CodedEnum.fromCode(DatePrecision.class, published.precision()));
        source.setLanguage(language);
        source.setUrl(url);
        source.setRetrievedFrom(retrievedFrom);
        source.setLicence(licence);
        source.setRegions(regions == null ? List.of() : regions);
        source.setNote(note);
    }
}
