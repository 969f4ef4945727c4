package io.pairwise.matching.domain.scoring;

import io.pairwise.matching.domain.Participant;
import io.pairwise.matching.domain.Skill;
import java.util.List;

/** The words of both sides of a pool, so mentee and mentor ids mean the same thing. */
record Vocabularies(Vocabulary skills, Vocabulary languages, Vocabulary values, Vocabulary interests,
                    Vocabulary departments) {

    static Vocabularies of(List<Participant> mentees, List<Participant> mentors) {
        Vocabularies vocabularies = new Vocabularies(Vocabulary.caseInsensitive(), Vocabulary.languages(),
                Vocabulary.caseInsensitive(), Vocabulary.caseInsensitive(), Vocabulary.caseInsensitive());
        for (List<Participant> side : List.of(mentees, mentors)) {
            for (Participant person : side) {
                person.expertise().stream().map(Skill::name).forEach(vocabularies.skills::add);
                person.developmentGoals().forEach(vocabularies.skills::add);
                person.languages().forEach(vocabularies.languages::add);
                person.values().forEach(vocabularies.values::add);
                person.interests().forEach(vocabularies.interests::add);
                if (person.department() != null) {
                    vocabularies.departments.add(person.department());
                }
            }
        }
        return vocabularies;
    }
}
