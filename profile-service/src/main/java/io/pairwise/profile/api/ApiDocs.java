package io.pairwise.profile.api;

import io.pairwise.profile.api.ScimViews.ScimError;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;

/**
 * The API document's error responses, added to every operation of this service in one place: RFC 9457
 * problems for the API, SCIM errors for SCIM. Success responses stay as springdoc derives them.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    static final String CURSOR = "Cursor from the previous page's nextCursor";
    static final String LIMIT = "Items per page, 1 to 200";

    private static final String API = "/api/v1/profile/";
    private static final String SCIM = "/scim/";

    @Bean
    OpenApiCustomizer errorResponses() {
        return openApi -> {
            Schema<?> problem = register(openApi.getComponents(), ProblemDetail.class);
            Schema<?> scimError = register(openApi.getComponents(), ScimError.class);
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith(API)) {
                    addErrors(item, new Content().addMediaType("application/problem+json", new MediaType().schema(problem)));
                } else if (path.startsWith(SCIM)) {
                    addErrors(item, new Content().addMediaType(ScimViews.MEDIA_TYPE, new MediaType().schema(scimError)));
                }
            });
        };
    }

    private static void addErrors(PathItem item, Content content) {
        item.readOperationsMap().forEach((method, operation) -> {
            ApiResponses responses = operation.getResponses();
            responses.putIfAbsent("400", error("Invalid request: each invalid field is listed; nothing was changed", content));
            responses.putIfAbsent("401", error("No valid bearer token", content));
            responses.putIfAbsent("403", error("The caller's roles or ownership do not allow this", content));
            responses.putIfAbsent("404", error("Not found, or not visible to the caller", content));
            if (method != PathItem.HttpMethod.GET) {
                responses.putIfAbsent("409", error("The current state does not allow it (not eligible, program "
                        + "closed, taken, changed meanwhile); nothing was changed", content));
            }
        });
    }

    private static ApiResponse error(String description, Content content) {
        return new ApiResponse().description(description).content(content);
    }

    /** Adds the type's schema (and those it refers to) to the components; returns a reference to it. */
    private static Schema<?> register(Components components, Class<?> type) {
        ResolvedSchema resolved = ModelConverters.getInstance().readAllAsResolvedSchema(type);
        resolved.referencedSchemas.forEach(components::addSchemas);
        components.addSchemas(type.getSimpleName(), resolved.schema);
        return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
    }
}
