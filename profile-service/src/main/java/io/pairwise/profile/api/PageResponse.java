package io.pairwise.profile.api;

import io.pairwise.profile.domain.Page;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;

@Schema(description = "One page of results")
record PageResponse<T>(List<T> items,
                       @Schema(description = "Pass as cursor for the next page; absent on the last page") String nextCursor) {

    static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> view) {
        return new PageResponse<>(page.items().stream().map(view).toList(), page.nextCursor());
    }
}
