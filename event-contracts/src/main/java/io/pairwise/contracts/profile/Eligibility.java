package io.pairwise.contracts.profile;

import java.util.List;

/** Who may enrol; an empty list means no restriction on that attribute. */
public record Eligibility(List<String> departments, List<String> locations, List<CareerStage> careerStages) {

    public Eligibility {
        departments = List.copyOf(departments);
        locations = List.copyOf(locations);
        careerStages = List.copyOf(careerStages);
    }
}
