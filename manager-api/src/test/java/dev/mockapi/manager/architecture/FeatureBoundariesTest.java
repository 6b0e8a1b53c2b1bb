package dev.mockapi.manager.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The manager's features (the packages under {@code dev.mockapi.manager}) keep their data to
 * themselves: another feature reads it through the owner's public API ({@code UserLookup}, {@code
 * ProjectLookup}, {@code EndpointLookup}, services and events), never through its repositories.
 */
class FeatureBoundariesTest {

  private static final String ROOT = "dev.mockapi.manager.";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.mockapi.manager");

  static String feature(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT)) {
      return name;
    }
    String rest = name.substring(ROOT.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @Test
  void aFeaturesRepositoriesAreUsedByThatFeatureAlone() {
    classes()
        .that()
        .areAssignableTo(Repository.class)
        .and()
        .areInterfaces()
        .should(beUsedOnlyWithinTheirFeature())
        .check(MAIN);
  }

  @Test
  void theRuleSeesARepositoryUsedFromAnotherFeature() {
    JavaClasses withIntruder =
        new ClassFileImporter()
            .importClasses(
                dev.mockapi.manager.auth.UserRepository.class, ForeignRepositoryUser.class);
    var result =
        classes()
            .that()
            .areAssignableTo(Repository.class)
            .and()
            .areInterfaces()
            .should(beUsedOnlyWithinTheirFeature())
            .evaluate(withIntruder);
    org.assertj.core.api.Assertions.assertThat(result.hasViolation()).isTrue();
  }

  /** Test code outside every feature that reaches into auth's repository. */
  static class ForeignRepositoryUser {
    long count(dev.mockapi.manager.auth.UserRepository users) {
      return users.count();
    }
  }

  private static ArchCondition<JavaClass> beUsedOnlyWithinTheirFeature() {
    return new ArchCondition<>("be used only by classes of their own feature") {
      @Override
      public void check(JavaClass repository, ConditionEvents events) {
        for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
          if (!feature(dependency.getOriginClass()).equals(feature(repository))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
