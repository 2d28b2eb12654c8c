package org.carbonmarket.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The record of one bulk import that was written: who ran it, when, why and what it did. */
@Entity
@Table(name = "import_run")
public class ImportRun {

    @Id
    private UUID id;

    private String format;

    private String profile;

    private String comment;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "rows_read")
    private int rowsRead;

    private int created;

    private int updated;

    private int unchanged;

    protected ImportRun() {
    }

    ImportRun(String format, String profile, String comment, String createdBy, int rowsRead, int created, int updated, int unchanged) {
        this.id = UUID.randomUUID();
        this.format = format;
        this.profile = profile;
        this.comment = comment;
        this.createdBy = createdBy;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        this.rowsRead = rowsRead;
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
    }

    public UUID getId() {
        return id;
    }

    public String getFormat() {
        return format;
    }

    public String getProfile() {
        return profile;
    }

    public String getComment() {
        return comment;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }
}
