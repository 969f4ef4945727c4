package io.pairwise.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * The module boundaries of the design, as executable rules: services never reach into each other
 * (they share events, not code), the domain of a service is plain Java, and the shared modules know
 * no service.
 */
public final class ModuleBoundaries {

    public static final List<String> SERVICES = List.of("profile", "matching", "session", "notification", "analytics",
            "gateway");
    private static final String[] FRAMEWORKS = {"org.springframework..", "com.mongodb..", "org.bson..",
            "org.apache.kafka..", "io.cloudevents..", "jakarta..", "tools.jackson..", "com.fasterxml.jackson.databind..",
            "io.micrometer.."};

    private ModuleBoundaries() {
    }

    /** Checks one service's production classes, e.g. {@code checkService("profile")}. */
    public static void checkService(String service) {
        JavaClasses classes = productionClasses("io.pairwise." + service);
        String[] otherServices = SERVICES.stream().filter(other -> !other.equals(service))
                .map(other -> "io.pairwise." + other + "..").toArray(String[]::new);
        noClasses().should().dependOnClassesThat().resideInAnyPackage(otherServices)
                .because("services share events, never code or databases")
                .allowEmptyShould(true)
                .check(classes);
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("domain logic is plain Java, testable without any infrastructure")
                .allowEmptyShould(true)
                .check(classes);
    }

    /** The event contracts are plain Java records plus the envelope: no framework, no service. */
    public static void checkEventContracts() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "io.pairwise.platform..", "io.pairwise.testsupport..")
                .check(productionClasses("io.pairwise.contracts"));
        noClasses().should().dependOnClassesThat().resideInAnyPackage(servicePackages())
                .check(productionClasses("io.pairwise.contracts"));
    }

    /** The platform kit serves every service and knows none of them. */
    public static void checkPlatformKit() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(servicePackages())
                .because("a shared module never holds one service's logic")
                .check(productionClasses("io.pairwise.platform"));
    }

    private static String[] servicePackages() {
        return SERVICES.stream().map(service -> "io.pairwise." + service + "..").toArray(String[]::new);
    }

    private static JavaClasses productionClasses(String rootPackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(rootPackage);
    }
}
