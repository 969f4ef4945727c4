package io.pairwise.profile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.pairwise.contracts.EventCatalog;
import io.pairwise.contracts.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Validates event data against the JSON Schema of its type, as committed in event-contracts. */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    // formats (date-time, date, email) only annotate in 2020-12 unless asserted
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** The problems of {@code data} against the schema of the wire type, e.g. {@code pairwise.profile.mentor-registered.v1}. */
    public static Set<ValidationMessage> validate(String type, byte[] data) {
        try {
            return schema(type).validate(JSON.readTree(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String type) {
        return SCHEMAS.computeIfAbsent(type, t -> {
            EventType eventType = EventCatalog.byType(t).orElseThrow(() -> new AssertionError("unknown event type " + t));
            try (InputStream in = EventType.class.getResourceAsStream(eventType.schemaResource())) {
                return FACTORY.getSchema(JSON.readTree(in), CONFIG);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
