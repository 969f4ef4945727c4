package io.pairwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.deploy.DemoSeed.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo people; that the seed works through the gateway is shown by the end-to-end test. */
class DemoSeedTest {

    @Test
    void twentyPeopleWithTheDemoUsersWhoCanSignInAmongThem() {
        List<Person> people = DemoSeed.people();
        assertThat(people).hasSize(20);
        assertThat(people).extracting(Person::employeeId).doesNotHaveDuplicates();
        assertThat(people).extracting(Person::userName).doesNotHaveDuplicates();
        assertThat(people).filteredOn(p -> p.role().equals("MENTOR")).extracting(Person::userName)
                .hasSize(8).contains("maria", "marco");
        assertThat(people).filteredOn(p -> p.role().equals("MENTEE")).extracting(Person::userName)
                .hasSize(12).contains("tom", "tina").doesNotContain("ana");
    }

    @Test
    void everyMenteesGoalIsSomeMentorsExpertise() {
        List<Person> people = DemoSeed.people();
        List<String> offered = people.stream().filter(p -> p.role().equals("MENTOR"))
                .flatMap(p -> p.expertise().stream()).toList();
        assertThat(people).filteredOn(p -> p.role().equals("MENTEE"))
                .allSatisfy(mentee -> assertThat(offered).containsAnyElementsOf(mentee.goals()));
    }

    /** Analytics suppresses figures about fewer than five people: two skills clear that on both sides. */
    @Test
    void twoSkillsHaveFiveOrMoreMentorsAndMentees() {
        List<Person> people = DemoSeed.people();
        for (String skill : List.of("Kubernetes", "Leadership")) {
            assertThat(people).filteredOn(p -> p.role().equals("MENTOR") && p.expertise().contains(skill))
                    .as("mentors offering " + skill).hasSizeGreaterThanOrEqualTo(5);
            assertThat(people).filteredOn(p -> p.role().equals("MENTEE") && p.goals().contains(skill))
                    .as("mentees wanting " + skill).hasSizeGreaterThanOrEqualTo(5);
        }
    }
}
