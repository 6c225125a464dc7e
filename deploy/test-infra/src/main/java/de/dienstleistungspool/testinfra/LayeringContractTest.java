package de.dienstleistungspool.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The package layout of docs/ARCHITECTURE.md as rules that fail the build: {@code rest} uses {@code service},
 * {@code service} uses {@code domain}, {@code messaging} consumers use {@code service} and {@code domain}, and only
 * {@code rest} speaks JAX-RS. Written once here; each service extends it and names its base package.
 */
public abstract class LayeringContractTest {

    private JavaClasses classes;

    /** The service's root package, e.g. {@code de.dienstleistungspool.pool}. */
    protected abstract String basePackage();

    @BeforeEach
    void importProductionClasses() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages(basePackage());
        }
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("rest").definedBy("..rest..")
                .layer("service").definedBy("..service..")
                .layer("messaging").definedBy("..messaging..")
                .layer("domain").definedBy("..domain..")
                .whereLayer("rest").mayNotBeAccessedByAnyLayer()
                .whereLayer("service").mayOnlyBeAccessedByLayers("rest", "messaging")
                // services publish the records and publishers of messaging/ through the outbox
                .whereLayer("messaging").mayOnlyBeAccessedByLayers("service")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("rest", "service", "messaging")
                .check(classes);
    }

    @Test
    void onlyRestSpeaksJaxRs() {
        noClasses().that().resideOutsideOfPackage("..rest..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..")
                .because("HTTP is mapped in rest/; services answer with results and ProblemException")
                .check(classes);
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughServices() {
        noClasses().that().resideInAPackage("..rest..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .because("resources are thin: they map HTTP to a service call")
                .check(classes);
    }

    @Test
    void kafkaListenersAreConsumersInMessaging() {
        methods().that().areAnnotatedWith("org.eclipse.microprofile.reactive.messaging.Incoming")
                .should().beDeclaredInClassesThat().haveSimpleNameEndingWith("Consumer")
                .andShould().beDeclaredInClassesThat().resideInAPackage("..messaging..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("..messaging..")
                .should().dependOnClassesThat(JavaClass.Predicates.simpleNameEndingWith("Consumer")
                        .and(JavaClass.Predicates.resideInAPackage(basePackage() + "..")))
                .check(classes);
    }

    @Test
    void persistenceLivesInDomainRepositories() {
        classes().that().areAssignableTo("io.quarkus.hibernate.orm.panache.PanacheRepositoryBase")
                .should().haveSimpleNameEndingWith("Repository")
                .check(classes);
        classes().that().haveSimpleNameEndingWith("Repository").or().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage("..domain..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("..domain..")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.agroal.api.AgroalDataSource")
                .orShould().callMethodWhere(JavaCall.Predicates.target(HasName.Predicates.name("createNativeQuery")))
                .because("SQL runs behind named repository methods in domain/")
                .check(classes);
    }

    @Test
    void resourcesLiveInRest() {
        classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().resideInAPackage("..rest..").andShould().haveSimpleNameEndingWith("Resource")
                .check(classes);
    }
}
