package cn.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Module boundaries: each module uses only the public faces of the modules it declares, and rules stay plain. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(LuoshiApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.luoshi");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void theModulesAreThoseOfTheDesign() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("common", "org", "audit", "ledger", "calendar", "demo", "ingest", "supervision", "reminders",
                        "bulletins", "minsheng", "indicators", "projects", "requests", "petitions", "assessment");
    }

    @Test
    void domainRulesDoNotDependOnSpring() {
        ArchRuleDefinition.noClasses()
                .that().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("StateMachine")
                .or().resideInAnyPackage("cn.luoshi.calendar..", "cn.luoshi.ledger.light..")
                .and().doNotHaveSimpleName("package-info") // the module declaration itself
                // the calendar in force reads the district's own days from the database; the rules it builds stay plain
                .and().doNotHaveFullyQualifiedName("cn.luoshi.calendar.WorkingCalendars")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(CLASSES);
    }

    @Test
    void writeModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
