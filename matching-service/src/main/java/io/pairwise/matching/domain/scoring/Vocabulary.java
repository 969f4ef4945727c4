package io.pairwise.matching.domain.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Dense ids for the words of one kind (skills, languages, values...), so pairs compare ints and bits, not strings. */
final class Vocabulary {

    private final UnaryOperator<String> normaliser;
    private final boolean showNormalised;
    private final Map<String, Integer> ids = new HashMap<>();
    /** Ids by the exact spelling seen, so that the same word read again skips normalising. */
    private final Map<String, Integer> spellings = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    private Vocabulary(UnaryOperator<String> normaliser, boolean showNormalised) {
        this.normaliser = normaliser;
        this.showNormalised = showNormalised;
    }

    /** Words that differ only in case or surrounding blanks are one word; the first spelling seen is shown. */
    static Vocabulary caseInsensitive() {
        return new Vocabulary(word -> word.strip().toLowerCase(Locale.ROOT), false);
    }

    /** BCP 47 tags reduced to their language, so {@code en-GB} and {@code en-US} are both English. */
    static Vocabulary languages() {
        return new Vocabulary(tag -> {
            String language = Locale.forLanguageTag(tag.strip()).getLanguage();
            return language.isEmpty() ? tag.strip().toLowerCase(Locale.ROOT) : language;
        }, true);
    }

    int add(String word) {
        Integer known = spellings.get(word);
        if (known != null) {
            return known;
        }
        String key = normaliser.apply(word);
        Integer id = ids.get(key);
        if (id == null) {
            id = names.size();
            ids.put(key, id);
            names.add(showNormalised ? key : word.strip());
        }
        spellings.put(word, id);
        return id;
    }

    /** The word's id, or -1 when it was never added. */
    int id(String word) {
        Integer known = spellings.get(word);
        return known != null ? known : ids.getOrDefault(normaliser.apply(word), -1);
    }

    String name(int id) {
        return names.get(id);
    }

    int size() {
        return names.size();
    }

    /** Longs needed for a bit set over this vocabulary. */
    int words() {
        return Math.max(1, (names.size() + 63) >>> 6);
    }
}
