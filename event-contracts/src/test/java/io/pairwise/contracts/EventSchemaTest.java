package io.pairwise.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The JSON Schemas against the records and the sample events: a change to one without the other fails here. */
class EventSchemaTest {

    static Stream<Arguments> types() {
        return EventCatalog.all().stream().map(type -> Arguments.argumentSet(type.type(), type));
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaIsAValidDraft202012SchemaIdentifiedByItsUri(EventType type) {
        JsonNode schema = Schemas.schemaOf(type);
        assertThat(Schemas.validateAgainstMetaSchema(schema)).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(type.schemaUri().toString());
        assertThat(schema.path("title").asText()).isEqualTo(type.payload().getSimpleName());
        assertThat(schema.path("type").asText()).isEqualTo("object");
        // additive evolution: a newer producer's extra fields must still validate
        assertThat(schema.has("additionalProperties")).isFalse();
    }

    @ParameterizedTest
    @MethodSource("types")
    void sampleValidatesAgainstItsSchemaAndReadsBackEqual(EventType type) {
        DomainEvent sample = EventSamples.sample(type.payload());
        JsonNode json = Schemas.json(sample);

        assertThat(Schemas.validate(type, json)).isEmpty();
        // the schema allows unknown properties, so check the JSON writes nothing it does not declare
        assertThat(fieldNames(json)).isSubsetOf(fieldNames(Schemas.schemaOf(type).path("properties")));
        assertThat(EventJson.read(EventJson.write(sample), type.payload())).isEqualTo(sample);
    }

    @ParameterizedTest
    @MethodSource("types")
    void schemaRejectsTheSampleWithoutARequiredFieldOrWithAWrongType(EventType type) {
        JsonNode schema = Schemas.schemaOf(type);
        for (JsonNode required : schema.path("required")) {
            ObjectNode json = (ObjectNode) Schemas.json(EventSamples.sample(type.payload()));
            json.remove(required.asText());
            assertThat(Schemas.validate(type, json)).as("without %s", required.asText()).isNotEmpty();
        }
        String timestamp = schema.path("properties").properties().stream()
                .filter(property -> property.getValue().path("format").asText().equals("date-time"))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        ObjectNode json = (ObjectNode) Schemas.json(EventSamples.sample(type.payload()));
        json.put(timestamp, "last Tuesday");
        assertThat(Schemas.validate(type, json)).extracting(ValidationMessage::getMessage)
                .singleElement().asString().contains(timestamp, "date-time");
    }

    @ParameterizedTest
    @MethodSource("types")
    void recordAndSchemaDeclareTheSamePropertiesAndTypes(EventType type) {
        JsonNode schema = Schemas.schemaOf(type);
        assertInStep(type.payload(), schema, schema, type.payload().getSimpleName());
    }

    @Test
    void nestedDefinitionsAreIdenticalInEverySchemaThatCopiesThem() {
        Map<String, JsonNode> seen = new HashMap<>();
        for (EventType type : EventCatalog.all()) {
            Schemas.schemaOf(type).path("$defs").properties().forEach(definition -> {
                JsonNode first = seen.putIfAbsent(definition.getKey(), definition.getValue());
                assertThat(definition.getValue()).as("%s in %s", definition.getKey(), type.type())
                        .isEqualTo(first == null ? definition.getValue() : first);
            });
        }
        assertThat(seen).containsKeys("ParticipantSnapshot", "ProgramSnapshot", "Member", "MatchReason");
    }

    @Test
    void everyCatalogueEntryHasExactlyOneSample() {
        assertThat(EventSamples.all()).hasSameSizeAs(EventCatalog.all())
                .extracting(Object::getClass)
                .containsExactlyElementsOf(EventCatalog.all().stream().map(EventType::payload).toList());
    }

    /** Compares a record with its schema object, recursing into nested records, lists, maps and enums. */
    private static void assertInStep(Class<?> record, JsonNode object, JsonNode root, String path) {
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        assertThat(fieldNames(object.path("properties"))).as("properties of %s", path)
                .containsExactlyElementsOf(components);
        List<String> required = new ArrayList<>();
        object.path("required").forEach(name -> required.add(name.asText()));
        assertThat(required).as("required of %s", path).isSubsetOf(components);
        for (RecordComponent component : record.getRecordComponents()) {
            String at = path + "." + component.getName();
            if (component.getType().isPrimitive()) {
                assertThat(required).as("%s cannot be absent", at).contains(component.getName());
            }
            assertType(component.getGenericType(), object.path("properties").path(component.getName()), root, at);
        }
    }

    private static void assertType(Type type, JsonNode property, JsonNode root, String path) {
        Class<?> raw = type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (raw.isRecord()) {
            assertThat(property.path("$ref").asText()).as(path).isEqualTo("#/$defs/" + raw.getSimpleName());
            JsonNode definition = root.at("/$defs/" + raw.getSimpleName());
            assertThat(definition.path("type").asText()).as(path).isEqualTo("object");
            assertInStep(raw, definition, root, raw.getSimpleName());
        } else if (raw.isEnum()) {
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> allowed = new ArrayList<>();
            property.path("enum").forEach(value -> allowed.add(value.asText()));
            assertThat(allowed).as("enum of %s", path).containsExactlyElementsOf(constants);
        } else if (raw == List.class) {
            assertThat(property.path("type").asText()).as(path).isEqualTo("array");
            assertType(typeArgument(type, 0), property.path("items"), root, path + "[]");
        } else if (raw == Map.class) {
            assertThat(property.path("type").asText()).as(path).isEqualTo("object");
            Type key = typeArgument(type, 0);
            if (key instanceof Class<?> keyClass && keyClass.isEnum()) {
                assertType(key, property.path("propertyNames"), root, path + " keys");
            } else {
                assertThat(key).as(path).isEqualTo(String.class);
            }
            assertType(typeArgument(type, 1), property.path("additionalProperties"), root, path + " values");
        } else if (raw == String.class) {
            assertThat(property.path("type").asText()).as(path).isEqualTo("string");
        } else if (raw == Instant.class || raw == LocalDate.class) {
            assertThat(property.path("type").asText()).as(path).isEqualTo("string");
            String format = raw == Instant.class ? "date-time" : "date";
            assertThat(property.path("format").asText()).as(path).isEqualTo(format);
        } else if (raw == int.class || raw == Integer.class) {
            assertThat(property.path("type").asText()).as(path).isEqualTo("integer");
        } else if (raw == double.class || raw == Double.class) {
            assertThat(property.path("type").asText()).as(path).isEqualTo("number");
        } else if (raw == boolean.class) {
            assertThat(property.path("type").asText()).as(path).isEqualTo("boolean");
        } else {
            fail("no schema mapping for %s at %s", type, path);
        }
    }

    private static Type typeArgument(Type type, int index) {
        return ((ParameterizedType) type).getActualTypeArguments()[index];
    }

    private static List<String> fieldNames(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }
}
