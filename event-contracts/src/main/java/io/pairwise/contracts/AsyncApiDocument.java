package io.pairwise.contracts;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders the AsyncAPI 3.0 document of the platform's topics from {@link EventCatalog}, so the document
 * cannot drift from the code: a test compares the committed {@code asyncapi.yaml} with {@link #render()}.
 * Payloads refer to the JSON Schema files instead of copying them, keeping one copy of each schema.
 * Regenerate it after changing the catalogue with {@link #REGENERATE}.
 */
public final class AsyncApiDocument {

    /** Run from the repository root; the test writes the file instead of comparing it. */
    public static final String REGENERATE =
            "./mvnw -B -q -pl event-contracts test -Dtest=AsyncApiDocumentTest -Dasyncapi.regenerate=true";

    private static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z$][A-Za-z0-9_.\\-]*");
    private static final List<String> REQUIRED_HEADERS = List.of("ce_specversion", "ce_id", "ce_source", "ce_type",
            "ce_subject", "ce_time", "ce_dataschema", "ce_partitionkey", "content-type");
    // plain scalars YAML 1.1 readers would take for booleans or null
    private static final Set<String> YAML_KEYWORDS = Set.of("true", "false", "yes", "no", "on", "off", "y", "n",
            "null");

    private AsyncApiDocument() {
    }

    public static String render() {
        Yaml y = new Yaml();
        y.line(0, "# Generated from the EventCatalog by AsyncApiDocument; do not edit. Regenerate with:");
        y.line(0, "# " + REGENERATE);
        y.entry(0, "asyncapi", "3.0.0");
        y.line(0, "info:");
        y.entry(1, "title", "Pairwise events");
        y.entry(1, "version", "1.0.0");
        y.entry(1, "description", "Every event of the Pairwise mentoring platform. One topic per producing service, "
                + "keyed by aggregate id so the events of one aggregate stay in order. Records are CloudEvents 1.0 in "
                + "Kafka binary mode: attributes in ce_* headers, the JSON data as the value, validated by the "
                + "JSON Schema (draft 2020-12) of its type. Additive changes keep a type's version; a breaking change "
                + "is a new type version, published alongside the old one until consumers move.");
        y.entry(0, "defaultContentType", EventEnvelope.CONTENT_TYPE);

        y.line(0, "channels:");
        for (Topic topic : Topic.values()) {
            y.line(1, channelId(topic) + ":");
            y.entry(2, "address", topic.topicName());
            y.entry(2, "title", capitalise(domain(topic)) + " events");
            y.entry(2, "description", "Written only by " + topic.producer() + ". Record key, CloudEvents subject and "
                    + "partitionkey: " + topic.key() + ".");
            y.line(2, "messages:");
            for (EventType type : typesOf(topic)) {
                y.line(3, y.key(type.type()) + ":");
                y.entry(4, "$ref", "#/components/messages/" + type.type());
            }
        }

        y.line(0, "operations:");
        for (Topic topic : Topic.values()) {
            y.line(1, "send" + capitalise(domain(topic)) + "Events:");
            y.entry(2, "action", "send");
            y.entry(2, "title", topic.producer() + " publishes " + domain(topic) + " events");
            y.entry(2, "description", "Published through " + topic.producer() + "'s outbox with an idempotent "
                    + "producer; consumers are idempotent on the CloudEvents id.");
            y.line(2, "channel:");
            y.entry(3, "$ref", "#/channels/" + channelId(topic));
            y.line(2, "messages:");
            for (EventType type : typesOf(topic)) {
                y.entry(3, "- $ref", "#/channels/" + channelId(topic) + "/messages/" + type.type());
            }
        }

        y.line(0, "components:");
        y.line(1, "messages:");
        for (EventType type : EventCatalog.all()) {
            y.line(2, y.key(type.type()) + ":");
            y.entry(3, "name", type.type());
            y.entry(3, "title", title(type));
            y.entry(3, "summary", type.description());
            y.entry(3, "description", "CloudEvents type " + type.type() + ", dataschema " + type.schemaUri() + ".");
            y.line(3, "payload:");
            y.entry(4, "schemaFormat", "application/schema+json;version=draft-2020-12");
            y.line(4, "schema:");
            y.entry(5, "$ref", "." + type.schemaResource());
            y.line(3, "traits:");
            y.entry(4, "- $ref", "#/components/messageTraits/cloudEventBinary");
            y.line(3, "bindings:");
            y.line(4, "kafka:");
            y.line(5, "key:");
            y.entry(6, "type", "string");
            y.entry(6, "description", capitalise(type.topic().key()) + ".");
            y.entry(5, "bindingVersion", KAFKA_BINDING_VERSION);
        }

        y.line(1, "messageTraits:");
        y.line(2, "cloudEventBinary:");
        y.entry(3, "title", "CloudEvents 1.0, Kafka binary mode");
        y.entry(3, "contentType", EventEnvelope.CONTENT_TYPE);
        y.line(3, "correlationId:");
        y.entry(4, "$ref", "#/components/correlationIds/correlationId");
        y.line(3, "headers:");
        y.entry(4, "type", "object");
        y.line(4, "required: [" + String.join(", ", REQUIRED_HEADERS) + "]");
        y.line(4, "properties:");
        header(y, "ce_specversion", "CloudEvents version, always " + EventEnvelope.SPEC_VERSION + ".");
        header(y, "ce_id", "Unique event id; every consumer is idempotent on it.");
        header(y, "ce_source", "The producing service, e.g. /pairwise/profile-service.");
        header(y, "ce_type", "The versioned event type, e.g. pairwise.matching.pair-matched.v1; selects the "
                + "message and its schema.");
        header(y, "ce_subject", "The aggregate id, equal to the record key.");
        header(y, "ce_time", "When the state change happened, RFC 3339.");
        header(y, "ce_dataschema", "The $id of the type's JSON Schema.");
        header(y, "ce_partitionkey", "CloudEvents partitioning extension: the record key (aggregate id).");
        header(y, "ce_traceparent", "W3C trace context of the request that caused the change, so traces cross "
                + "the outbox and Kafka; absent when there was none.");
        header(y, "ce_correlationid", "Correlation id of the request that caused the change; absent when there "
                + "was none.");
        header(y, "content-type", "Media type of the value, always " + EventEnvelope.CONTENT_TYPE + ".");

        y.line(1, "correlationIds:");
        y.line(2, "correlationId:");
        y.entry(3, "description", "Ties the events of one request together across services.");
        y.entry(3, "location", "$message.header#/ce_correlationid");
        return y.toString();
    }

    private static void header(Yaml y, String name, String description) {
        y.line(5, y.key(name) + ":");
        y.entry(6, "type", "string");
        y.entry(6, "description", description);
    }

    private static List<EventType> typesOf(Topic topic) {
        return EventCatalog.all().stream().filter(type -> type.topic() == topic).toList();
    }

    private static String channelId(Topic topic) {
        return domain(topic);
    }

    private static String domain(Topic topic) {
        return topic.name().toLowerCase(Locale.ROOT);
    }

    /** {@code pairwise.matching.pair-matched.v1} becomes "Pair matched". */
    private static String title(EventType type) {
        String[] parts = type.type().split("\\.");
        return capitalise(parts[2].replace('-', ' '));
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Just enough YAML for this document: block mappings, two-space indents, quoted scalars when needed. */
    private static final class Yaml {

        private final StringBuilder out = new StringBuilder();

        void line(int depth, String text) {
            out.append("  ".repeat(depth)).append(text).append('\n');
        }

        void entry(int depth, String key, String value) {
            line(depth, key(key) + ": " + scalar(value));
        }

        String key(String key) {
            return key.startsWith("- ") ? "- " + scalar(key.substring(2)) : scalar(key);
        }

        private static String scalar(String value) {
            if (PLAIN.matcher(value).matches() && !YAML_KEYWORDS.contains(value.toLowerCase(Locale.ROOT))) {
                return value;
            }
            return "'" + value.replace("'", "''") + "'";
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
