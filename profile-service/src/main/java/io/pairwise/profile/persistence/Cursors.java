package io.pairwise.profile.persistence;

import io.pairwise.profile.domain.Page;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/** Opaque pagination cursors: the sort key of the last item returned, so clients cannot build or edit them. */
final class Cursors {

    private Cursors() {
    }

    static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not a cursor this service handed out");
        }
    }

    /** A page from up to {@code limit + 1} items found after the cursor: the extra one says there is more. */
    static <T> Page<T> page(List<T> found, int limit, Function<T, String> key) {
        if (found.size() <= limit) {
            return new Page<>(found, null);
        }
        List<T> items = found.subList(0, limit);
        return new Page<>(items, encode(key.apply(items.getLast())));
    }
}
