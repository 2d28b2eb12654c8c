package org.carbonmarket.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;
import org.carbonmarket.curation.Curated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A published document that facts cite. */
@Entity
public class Source extends Curated {

    @Id
    private String id;

    private String title;

    private String publisher;

    private String outlet;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_precision")
    private DatePrecision publishedPrecision;

    private String language;

    private String url;

    @Column(name = "retrieved_from")
    private String retrievedFrom;

    private String licence;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private List<String> regions;

    private String note;

    protected Source() {
    }

    public Source(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPublisher() {
        return publisher;
    }

    public void setPublisher(String publisher) {
        this.publisher = publisher;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public DatePrecision getPublishedPrecision() {
        return publishedPrecision;
    }

    public void setPublished(LocalDate on, DatePrecision precision) {
        this.publishedOn = on;
        this.publishedPrecision = precision;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getRetrievedFrom() {
        return retrievedFrom;
    }

    public void setRetrievedFrom(String retrievedFrom) {
        this.retrievedFrom = retrievedFrom;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = List.copyOf(regions);
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
