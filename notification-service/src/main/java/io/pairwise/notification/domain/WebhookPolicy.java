package io.pairwise.notification.domain;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which chat webhooks the platform calls. A webhook URL is typed in by a person, so without a host
 * allow-list the platform could be made to post to any address inside the company network; only the chat
 * tools' own hosts are called.
 *
 * @param plainHttpAllowed allows http:// (tests and local runs); production needs https
 * @param allowedHosts     exact host names, or {@code *.domain} for any host below that domain
 */
public record WebhookPolicy(boolean plainHttpAllowed, List<String> allowedHosts) {

    /** Slack's incoming webhooks, Teams' incoming webhooks (Office 365 connectors) and Workflows (Power Automate). */
    public static final List<String> CHAT_HOSTS = List.of("hooks.slack.com", "*.webhook.office.com",
            "*.logic.azure.com", "*.api.powerplatform.com");

    public WebhookPolicy {
        allowedHosts = allowedHosts == null || allowedHosts.isEmpty() ? CHAT_HOSTS
                : allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** Why the URL may not be called, or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = url == null ? null : URI.create(url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        String scheme = uri == null ? null : uri.getScheme();
        boolean schemeAllowed = "https".equalsIgnoreCase(scheme) || plainHttpAllowed && "http".equalsIgnoreCase(scheme);
        if (uri == null || uri.getHost() == null || !schemeAllowed || uri.getUserInfo() != null) {
            return Optional.of(plainHttpAllowed ? "must be an absolute http(s) URL" : "must be an absolute https URL");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean allowed = allowedHosts.stream().anyMatch(pattern -> pattern.startsWith("*.")
                ? host.endsWith(pattern.substring(1)) : host.equals(pattern));
        return allowed ? Optional.empty()
                : Optional.of("must be a webhook of an allowed chat host (" + String.join(", ", allowedHosts) + ")");
    }
}
