package io.pairwise.gateway;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Lets a service's instances be given as base URLs, comma-separated, e.g.
 * {@code PROFILE_SERVICE_URI=http://10.0.0.5:8081,http://10.0.0.6:8081} for
 * {@code spring.cloud.discovery.client.simple.instances.profile-service}. One DNS name standing for many
 * instances (a Kubernetes service) is one entry.
 */
@Component
@ConfigurationPropertiesBinding
class ServiceInstanceConverter implements Converter<String, InstanceProperties> {

    @Override
    public InstanceProperties convert(String source) {
        String text = source.trim();
        URI uri = URI.create(text);
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("A service instance is an http(s) base URL such as http://host:8081, not '" + text + "'");
        }
        InstanceProperties instance = new InstanceProperties();
        instance.setUri(uri);
        if (uri.getPort() < 0) {
            instance.setPort("https".equals(uri.getScheme()) ? 443 : 80);
        }
        instance.setInstanceId(text);
        return instance;
    }
}
