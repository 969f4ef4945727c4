package io.pairwise.contracts;

import java.net.URI;

/**
 * One entry of the event catalogue: the versioned CloudEvents {@code type}, its payload record, its
 * topic and its JSON Schema. The wire type never names a Java class.
 */
public record EventType(String type, Class<? extends DomainEvent> payload, Topic topic, String description) {

    public static final String SCHEMA_BASE = "https://schemas.pairwise.io/events/";

    /** Classpath location of the JSON Schema (draft 2020-12), the one copy of it in the repository. */
    public String schemaResource() {
        return "/io/pairwise/contracts/schemas/" + type + ".json";
    }

    /** The CloudEvents {@code dataschema} attribute and the schema's {@code $id}. */
    public URI schemaUri() {
        return URI.create(SCHEMA_BASE + type + ".json");
    }
}
