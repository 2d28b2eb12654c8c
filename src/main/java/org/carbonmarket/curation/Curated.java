package org.carbonmarket.curation;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What every curated row carries: its status, when it was created and last changed, by whom and why,
 * and the version that optimistic locking and ETags use. The database keeps every version of the row
 * in its history table (migration V2), so these fields describe the latest change only.
 */
@MappedSuperclass
public abstract class Curated {

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "change_comment", nullable = false)
    private String changeComment;

    @Column(nullable = false)
    private Status status = Status.PUBLISHED;

    @PrePersist
    void onCreate() {
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = now();
    }

    /** PostgreSQL keeps microseconds; so do we, so that a stored instant reads back unchanged. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public void recordChange(String actor, String comment) {
        this.changedBy = actor;
        this.changeComment = comment;
    }

    public void retire(String actor, String reason) {
        this.status = Status.RETIRED;
        recordChange(actor, reason);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getChangeComment() {
        return changeComment;
    }

    public Status getStatus() {
        return status;
    }
}
