package io.pairwise.deploy.process;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;

/** Asks a Spring Boot health endpoint whether it is UP; short timeouts because callers poll. */
final class HealthEndpoint {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private HealthEndpoint() {
    }

    static boolean isUp(URI uri) {
        try {
            HttpResponse<String> response = CLIENT.send(
                    HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            // The top-level status only: components may be UP while the whole is not.
            return response.statusCode() == 200
                    && "UP".equals(JSONObjectUtils.parse(response.body()).get("status"));
        } catch (IOException | ParseException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
