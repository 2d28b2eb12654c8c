package org.carbonmarket.curation;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

/**
 * What every curated row carries: its status, when it was created and last changed, by whom and why,
 * and the version that optimistic locking and ETags use. The database keeps every version of the row
 * in its history table (R__trigger_functions.sql), so these fields describe the latest change only.
 */
@MappedSuperclass
public abstract class Curated {

    /** Written by the database's clock (trigger stamp_write), and read back after every write. */
    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
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
