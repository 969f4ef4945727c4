package io.pairwise.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

class AsyncApiDocumentTest {

    // Surefire runs in the module directory
    private static final Path COMMITTED = Path.of("src/main/resources/asyncapi.yaml");
    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void committedDocumentIsTheRenderedOne() throws IOException {
        if (Boolean.getBoolean("asyncapi.regenerate")) {
            Files.writeString(COMMITTED, AsyncApiDocument.render(), StandardCharsets.UTF_8);
        }
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";

        assertThat(committed)
                .as("asyncapi.yaml is out of step with the event catalogue; regenerate it from the repository root "
                        + "with: %s", AsyncApiDocument.REGENERATE)
                .isEqualTo(AsyncApiDocument.render());
    }

    @Test
    void renderingIsDeterministic() {
        assertThat(AsyncApiDocument.render()).isEqualTo(AsyncApiDocument.render());
    }

    @Test
    @SuppressWarnings("unchecked")
    void documentNamesEveryTopicAndTypeWithItsSchemaFile() {
        Map<String, Object> document = new Yaml().load(AsyncApiDocument.render());
        Map<String, Object> channels = (Map<String, Object>) document.get("channels");
        Map<String, Object> messages = (Map<String, Object>) at(document, "components", "messages");

        assertThat(document.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(channels.values()).extracting(channel -> ((Map<String, Object>) channel).get("address"))
                .containsExactlyInAnyOrder((Object[]) topicNames());
        assertThat(messages).containsOnlyKeys(EventCatalog.all().stream().map(EventType::type).toList());
        for (EventType type : EventCatalog.all()) {
            Map<String, Object> message = (Map<String, Object>) messages.get(type.type());
            assertThat(message.get("name")).isEqualTo(type.type());
            String schemaRef = (String) at(message, "payload", "schema", "$ref");
            assertThat(schemaRef).isEqualTo("./io/pairwise/contracts/schemas/" + type.type() + ".json");
            assertThat(RESOURCES.resolve(schemaRef)).as(schemaRef).isRegularFile();
            String channel = type.topic().name().toLowerCase(Locale.ROOT);
            assertThat(at(channels, channel, "address")).isEqualTo(type.topic().topicName());
            assertThat(((Map<String, Object>) at(channels, channel, "messages"))).containsKey(type.type());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachProducerSendsToItsTopicAndEveryInternalReferenceResolves() {
        Map<String, Object> document = new Yaml().load(AsyncApiDocument.render());
        Map<String, Object> operations = (Map<String, Object>) document.get("operations");

        assertThat(operations).hasSize(Topic.values().length);
        for (Topic topic : Topic.values()) {
            Map<String, Object> operation = operations.values().stream().map(o -> (Map<String, Object>) o)
                    .filter(o -> ((String) o.get("title")).startsWith(topic.producer() + " "))
                    .findFirst().orElseThrow();
            assertThat(operation.get("action")).isEqualTo("send");
            assertThat(at(resolve(document, (String) at(operation, "channel", "$ref")), "address"))
                    .isEqualTo(topic.topicName());
            assertThat((List<Object>) operation.get("messages"))
                    .hasSize((int) EventCatalog.all().stream().filter(type -> type.topic() == topic).count());
        }
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertThat(refs).filteredOn(ref -> ref.startsWith("#/"))
                .isNotEmpty()
                .allSatisfy(ref -> assertThat(resolve(document, ref)).as(ref).isNotNull());
        assertThat(at(document, "components", "messageTraits", "cloudEventBinary", "headers", "properties"))
                .asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsKeys("ce_id", "ce_source", "ce_type", "ce_subject", "ce_time", "ce_partitionkey",
                        "ce_traceparent", "ce_correlationid", "content-type");
    }

    private static Object[] topicNames() {
        return Arrays.stream(Topic.values()).map(Topic::topicName).toArray();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> document, String ref) {
        Object node = document;
        for (String segment : ref.substring(2).split("/")) {
            node = node instanceof Map<?, ?> map ? map.get(segment.replace("~1", "/").replace("~0", "~")) : null;
        }
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> node, String... path) {
        Object current = node;
        for (String key : path) {
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }

    private static void collectRefs(Object node, List<String> refs) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                if ("$ref".equals(key)) {
                    refs.add((String) value);
                } else {
                    collectRefs(value, refs);
                }
            });
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collectRefs(item, refs));
        }
    }
}
