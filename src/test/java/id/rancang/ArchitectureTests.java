package id.rancang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.rancang");

    /** Tables whose rows belong to one region: their repositories may only be asked within a region. */
    private static final DescribedPredicate<JavaClass> TENANT_SCOPED_REPOSITORY = DescribedPredicate.describe(
            "tenant-scoped repositories",
            c -> c.getSimpleName().matches("(Office|Masterplan|Issue|Initiative|Swot|Rating|Profile)Repository"));

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .notBePublic()
                .because("only a module's facade may touch its tables")
                .check(CLASSES);
    }

    @Test
    void entitiesArePackagePrivate() {
        classes()
                .that()
                .haveSimpleNameEndingWith("Entity")
                .should()
                .notBePublic()
                .because("modules exchange immutable records, not persistent entities")
                .check(CLASSES);
    }

    @Test
    void controllersArePackagePrivateAndLiveInWebOrApiPackages() {
        classes()
                .that()
                .areAnnotatedWith(Controller.class)
                .or()
                .areAnnotatedWith(RestController.class)
                .should()
                .notBePublic()
                .andShould()
                .resideInAnyPackage("..web..", "..api..")
                .check(CLASSES);
    }

    @Test
    void noRepositoryExposesFindAllOrDeleteAllOverEveryRegion() {
        noClasses()
                .should()
                .beAssignableTo(CrudRepository.class)
                .because("CrudRepository.findAll() would read every region's rows; declare region-scoped finders")
                .check(CLASSES);
    }

    @Test
    void tenantScopedRepositoryFindersTakeTheRegionOrTheScope() {
        methods()
                .that()
                .areDeclaredInClassesThat(TENANT_SCOPED_REPOSITORY)
                .and()
                .haveNameMatching("(find|count|exists|lock).*")
                .should(takeARegion())
                .check(CLASSES);
    }

    @Test
    void apiAndWebLayersDoNotTouchRepositories() {
        noClasses()
                .that()
                .resideInAnyPackage("..web..", "..api..")
                .should()
                .dependOnClassesThat()
                .areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> takeARegion() {
        return new ArchCondition<>("take a region code, a tenant scope or the id of a region-owned parent") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean scoped = method.getParameters().stream().anyMatch(p -> {
                    String name = p.getRawType().getName();
                    return name.endsWith("RegionCode") || name.endsWith("TenantScope");
                });
                boolean byName = method.getName().matches(".*(Region|InScope|Scope).*");
                if (!scoped && !byName) {
                    events.add(SimpleConditionEvent.violated(
                            method, method.getFullName() + " reads rows without a region or scope"));
                }
            }
        };
    }
}
