package org.carbonmarket.api.v1;

import java.util.List;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.common.Window;
import org.carbonmarket.curation.Revision;

/** Pages a row's revisions, which are few (one per human edit), so they are read whole and paged here. */
final class RevisionPages {

    private RevisionPages() {
    }

    static PageResult<RevisionResponse> page(List<Revision> revisions, Window window) {
        return PageResult.ofAll(revisions, window, revision -> String.valueOf(revision.version())).map(RevisionResponse::from);
    }
}
