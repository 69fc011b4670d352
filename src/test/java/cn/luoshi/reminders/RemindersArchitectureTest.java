package cn.luoshi.reminders;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;

/** The reminder rules are plain Java: testable without Spring, the same in a pass and in a test. */
class RemindersArchitectureTest {

    @Test
    void theRulesDoNotDependOnSpring() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.luoshi.reminders");
        ArchRuleDefinition.noClasses().that().haveSimpleNameStartingWith("LedgerReminderRules")
                .or().haveSimpleNameStartingWith("PreferenceRules").or().haveSimpleNameStartingWith("QuietHours")
                .or().haveSimpleNameStartingWith("DigestSchedule").or().haveSimpleNameStartingWith("DeliveryTiming")
                .or().haveSimpleNameStartingWith("Backoff").or().haveSimpleNameStartingWith("RobotMessage")
                .or().haveSimpleNameStartingWith("DueItem").or().haveSimpleNameStartingWith("ReminderSource")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }
}
