package io.pairwise.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pairwise.contracts.profile.MentorRegistered;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EventCatalogTest {

    private static final Pattern TYPE = Pattern.compile("pairwise\\.([a-z]+)\\.([a-z]+(?:-[a-z]+)*)\\.v\\d+");

    @Test
    void typesAreUniqueVersionedAndNamedAfterTheirTopicsDomain() {
        assertThat(EventCatalog.all()).extracting(EventType::type).doesNotHaveDuplicates();
        for (EventType type : EventCatalog.all()) {
            Matcher name = TYPE.matcher(type.type());
            assertThat(name.matches()).as("%s is pairwise.<domain>.<kebab-name>.v<n>", type.type()).isTrue();
            assertThat(type.type()).matches(".*\\.v\\d+$");
            assertThat(name.group(1)).as(type.type()).isEqualTo(domain(type.topic()));
            assertThat(type.topic().topicName()).isEqualTo("pairwise." + domain(type.topic()) + ".v1");
        }
    }

    @Test
    void payloadsAreRecordsOfTheirDomainsPackageNamedLikeTheirType() {
        assertThat(EventCatalog.all()).extracting(EventType::payload).doesNotHaveDuplicates();
        for (EventType type : EventCatalog.all()) {
            Class<?> payload = type.payload();
            assertThat(payload.isRecord()).as(payload.getName()).isTrue();
            assertThat(payload.getPackageName()).isEqualTo("io.pairwise.contracts." + domain(type.topic()));
            String kebab = payload.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
            assertThat(type.type()).isEqualTo("pairwise." + domain(type.topic()) + "." + kebab + ".v1");
            assertThat(type.description()).as(type.type()).isNotBlank().doesNotContain("\n");
        }
    }

    @Test
    void everyTopicHasEventsAndEveryEntryASchemaResource() {
        assertThat(EventCatalog.all()).extracting(EventType::topic).contains(Topic.values());
        for (EventType type : EventCatalog.all()) {
            assertThat(EventType.class.getResource(type.schemaResource())).as(type.schemaResource()).isNotNull();
        }
    }

    @Test
    void looksUpByTypeAndByPayload() {
        EventType mentorRegistered = EventCatalog.of(MentorRegistered.class);
        assertThat(mentorRegistered.type()).isEqualTo("pairwise.profile.mentor-registered.v1");
        assertThat(mentorRegistered.topic()).isEqualTo(Topic.PROFILE);
        assertThat(EventCatalog.byType("pairwise.profile.mentor-registered.v1")).contains(mentorRegistered);
        assertThat(EventCatalog.byType("pairwise.profile.mentor-registered.v2")).isEmpty();
        assertThatThrownBy(() -> EventCatalog.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFourKnownEventsAreCatalogued() {
        assertThat(EventCatalog.all()).extracting(EventType::type).contains(
                "pairwise.profile.mentor-registered.v1",
                "pairwise.matching.pair-matched.v1",
                "pairwise.session.session-held.v1",
                "pairwise.matching.relationship-ended.v1");
    }

    private static String domain(Topic topic) {
        return topic.name().toLowerCase(Locale.ROOT);
    }
}
