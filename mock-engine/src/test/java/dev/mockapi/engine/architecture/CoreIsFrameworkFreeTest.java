package dev.mockapi.engine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's routing, chaos, template and state logic is plain Java: no Spring, no Netty, no
 * Reactor, so it is tested without a server and moves with the pipeline. The state package's Redis
 * adapter and its Spring wiring ({@code StateActions}, {@code StateConfig}, {@code ListProperties})
 * are the exceptions.
 */
class CoreIsFrameworkFreeTest {

  @Test
  void routingChaosTemplateAndStateLogicImportNoFramework() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "dev.mockapi.engine.routing..",
            "dev.mockapi.engine.chaos..",
            "dev.mockapi.engine.template..",
            "dev.mockapi.engine.state..")
        .and()
        .doNotHaveSimpleName("StateActions")
        .and()
        .doNotHaveSimpleName("StateConfig")
        .and()
        .doNotHaveSimpleName("ListProperties")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "io.netty..", "reactor..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.mockapi.engine"));
  }
}
