package org.carbonmarket.api.v1;

import java.util.List;
import org.carbonmarket.common.PageResult;
import org.carbonmarket.curation.Revision;

/** Pages a row's revisions, which are few (one per human edit), so they are read whole and paged here. */
final class RevisionPages {

    private RevisionPages() {
    }

    static PageResult<RevisionResponse> page(List<Revision> revisions, QueryParams.Paging paging) {
        int from = (int) Math.min((long) (paging.page() - 1) * paging.size(), revisions.size());
        int to = Math.min(from + paging.size(), revisions.size());
        var items = revisions.subList(from, to).stream().map(RevisionResponse::from).toList();
        return new PageResult<>(items, paging.page(), paging.size(), revisions.size());
    }
}
