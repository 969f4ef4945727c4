package io.pairwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pairwise.deploy.Launcher.App;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The container and Kubernetes descriptions stay in step with the launcher's list of services: no
 * Docker engine or cluster runs here, so these files are checked by reading them.
 */
class DeploymentManifestsTest {

    private static final Path DEPLOY = Path.of("").toAbsolutePath();

    @Test
    void composeRunsEveryServiceFromTheSharedImageWithProbesAndLimits() throws IOException {
        Map<String, Map<String, Object>> services = map(yaml("compose.yaml").get("services"));
        assertThat(services).containsKeys("kafka", "mongo");
        assertThat(String.valueOf(services.get("mongo").get("command"))).contains("--replSet");
        for (App app : Launcher.APPS) {
            Map<String, Object> service = services.get(app.module());
            assertThat(service).as(app.module()).isNotNull();
            Map<String, Object> build = map(service.get("build"));
            assertThat(build.get("dockerfile")).isEqualTo("deploy/docker/Dockerfile");
            assertThat(map(build.get("args")).get("MODULE")).isEqualTo(app.module());
            Map<String, Object> environment = map(service.get("environment"));
            assertThat(environment.get("SERVER_PORT")).isEqualTo(String.valueOf(app.port()));
            assertThat(String.valueOf(map(service.get("healthcheck")).get("test")))
                    .contains("/dev/tcp/127.0.0.1/" + app.port()).contains("/actuator/health/readiness");
            assertThat(map(map(map(service.get("deploy")).get("resources")).get("limits"))).containsKey("memory");
            if (!app.module().equals("gateway")) {
                assertThat(environment).containsKeys("KAFKA_BOOTSTRAP_SERVERS", "MONGODB_URI");
            }
        }
    }

    @Test
    void theGatewayIsToldWhereEveryServiceIsUnderTheNamesItsRoutesUse() throws IOException {
        String routes = Files.readString(DEPLOY.resolveSibling("gateway/src/main/resources/application.yml"));
        Map<String, Object> composeGateway = map(map(map(yaml("compose.yaml").get("services")).get("gateway")).get("environment"));
        for (App app : Launcher.APPS) {
            if (app.module().equals("gateway")) {
                continue;
            }
            String variable = app.module().substring(0, app.module().indexOf('-')).toUpperCase() + "_SERVICE_URI";
            assertThat(routes).as(variable).contains("${" + variable + ":http://localhost:" + app.port() + "}");
            assertThat(composeGateway.get(variable)).isEqualTo("http://" + app.module() + ":" + app.port());
        }
    }

    @Test
    void kubernetesHasADeploymentServiceAutoscalerAndBudgetPerService() throws IOException {
        List<String> resources = list(yaml("k8s/base/kustomization.yaml").get("resources"));
        for (App app : Launcher.APPS) {
            assertThat(resources).contains(app.module() + ".yaml");
            List<Map<String, Object>> documents = yamlDocuments("k8s/base/" + app.module() + ".yaml");
            assertThat(documents.stream().map(d -> d.get("kind")))
                    .containsExactly("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget");
            Map<String, Object> container = map(list(map(map(map(documents.getFirst().get("spec")).get("template"))
                    .get("spec")).get("containers")).getFirst());
            assertThat(map(list(container.get("ports")).getFirst()).get("containerPort")).isEqualTo(app.port());
            assertThat(map(map(container.get("readinessProbe")).get("httpGet")).get("path")).isEqualTo("/actuator/health/readiness");
            assertThat(map(map(container.get("livenessProbe")).get("httpGet")).get("path")).isEqualTo("/actuator/health/liveness");
            assertThat(map(map(container.get("resources")).get("limits"))).containsKey("memory");
        }
    }

    @Test
    void theSharedImageIsBuiltPerModuleAndRunsAsAnUnprivilegedUser() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("docker/Dockerfile"));
        assertThat(dockerfile).contains("ARG MODULE").contains("COPY ${MODULE}/target/${MODULE}-*.jar")
                .contains("USER 10001").contains("MaxRAMPercentage");
    }

    @Test
    void prometheusScrapesEveryServiceAndGrafanaProvisionsEveryDashboardOnThatSource() throws IOException {
        Map<String, Object> scrape = map(list(yaml("monitoring/prometheus.yml").get("scrape_configs")).getFirst());
        assertThat(scrape.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(list(map(list(scrape.get("static_configs")).getFirst()).get("targets")))
                .containsExactlyInAnyOrderElementsOf(Launcher.APPS.stream().map(app -> app.module() + ":" + app.port()).toList());

        String datasource = String.valueOf(map(list(yaml("monitoring/grafana/datasources.yaml").get("datasources")).getFirst()).get("uid"));
        List<Path> dashboards;
        try (var files = Files.list(DEPLOY.resolve("monitoring/grafana/dashboards"))) {
            dashboards = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(dashboards).isNotEmpty();
        List<Object> uids = new ArrayList<>();
        for (Path dashboard : dashboards) {
            Map<String, Object> json = map(new Yaml().load(Files.readString(dashboard)));
            uids.add(json.get("uid"));
            List<Map<String, Object>> panels = list(json.get("panels"));
            assertThat(panels).as(dashboard.toString()).isNotEmpty();
            for (Map<String, Object> panel : panels) {
                assertThat(map(panel.get("datasource")).get("uid")).as(panel.get("title") + "").isEqualTo(datasource);
                assertThat(list(panel.get("targets"))).as(panel.get("title") + "").isNotEmpty()
                        .allSatisfy(target -> assertThat(String.valueOf(map(target).get("expr"))).isNotBlank());
            }
        }
        assertThat(uids).doesNotHaveDuplicates();

        List<String> grafanaVolumes = list(map(map(yaml("compose.yaml").get("services")).get("grafana")).get("volumes"));
        assertThat(grafanaVolumes).anyMatch(v -> v.startsWith("./monitoring/grafana/dashboards:"))
                .anyMatch(v -> v.startsWith("./monitoring/grafana/datasources.yaml:"));
    }

    private static Map<String, Object> yaml(String file) throws IOException {
        return new Yaml().load(Files.readString(DEPLOY.resolve(file)));
    }

    private static List<Map<String, Object>> yamlDocuments(String file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(Files.readString(DEPLOY.resolve(file)))) {
            documents.add(map(document));
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, V>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<T>) value;
    }
}
