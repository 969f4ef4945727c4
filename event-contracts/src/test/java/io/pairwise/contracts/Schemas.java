package io.pairwise.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** Loads the committed JSON Schemas and validates event JSON against them (networknt, draft 2020-12). */
final class Schemas {

    static final ObjectMapper JSON = new ObjectMapper();

    // formats (date-time, date, email) are only annotations in 2020-12 unless asserted explicitly
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Schemas() {
    }

    static JsonNode schemaOf(EventType type) {
        try (InputStream in = EventType.class.getResourceAsStream(type.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("no schema resource " + type.schemaResource());
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> validate(EventType type, JsonNode data) {
        JsonSchema schema = FACTORY.getSchema(schemaOf(type), CONFIG);
        return schema.validate(data);
    }

    static Set<ValidationMessage> validateAgainstMetaSchema(JsonNode schema) {
        return FACTORY.getSchema(SchemaLocation.of(SchemaId.V202012), CONFIG).validate(schema);
    }

    static JsonNode json(DomainEvent event) {
        try {
            return JSON.readTree(EventJson.write(event));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
