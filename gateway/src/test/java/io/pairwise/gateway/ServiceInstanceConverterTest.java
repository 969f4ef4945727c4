package io.pairwise.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;

class ServiceInstanceConverterTest {

    private final ServiceInstanceConverter converter = new ServiceInstanceConverter();

    @Test
    void readsABaseUrlAsAnInstance() {
        ServiceInstance instance = serviceInstance(" http://10.0.0.5:8081 ");
        assertThat(instance.getHost()).isEqualTo("10.0.0.5");
        assertThat(instance.getPort()).isEqualTo(8081);
        assertThat(instance.isSecure()).isFalse();
        assertThat(instance.getUri()).hasToString("http://10.0.0.5:8081");
    }

    @Test
    void fillsInTheSchemesDefaultPort() {
        assertThat(serviceInstance("https://profile.internal").getUri()).hasToString("https://profile.internal:443");
        assertThat(serviceInstance("http://profile-service").getUri()).hasToString("http://profile-service:80");
    }

    @Test
    void refusesWhatIsNotAnHttpBaseUrl() {
        assertThatThrownBy(() -> converter.convert("localhost:8081")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("localhost:8081");
        assertThatThrownBy(() -> converter.convert("ftp://files.example")).isInstanceOf(IllegalArgumentException.class);
    }

    private ServiceInstance serviceInstance(String text) {
        InstanceProperties instance = converter.convert(text);
        instance.setServiceId("profile-service");
        return instance.toServiceInstance();
    }
}
