package io.pairwise.matching.domain.suggestion;

import java.util.List;

/** One page of suggestions, and how many mentors qualify in all. */
public record SuggestionPage(List<Suggestion> suggestions, int total) {

    public SuggestionPage {
        suggestions = List.copyOf(suggestions);
    }
}
