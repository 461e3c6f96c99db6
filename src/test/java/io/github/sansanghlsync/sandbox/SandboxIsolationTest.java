package io.github.sansanghlsync.sandbox;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class SandboxIsolationTest {

    private static final JavaClasses SANDBOX = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.sansanghlsync.sandbox");

    @Test
    void emulatorsKnowNothingOfTheRestOfTheProgram() {
        noClasses().that().resideInAPackage("io.github.sansanghlsync.sandbox..")
                .should().dependOnClassesThat(resideInAPackage("io.github.sansanghlsync..")
                        .and(resideOutsideOfPackage("io.github.sansanghlsync.sandbox..")))
                .check(SANDBOX);
    }

    @Test
    void theTwoEmulatorsDoNotUseEachOther() {
        noClasses().that().resideInAPackage("..sandbox.sansan..")
                .should().dependOnClassesThat().resideInAPackage("..sandbox.ghl..").check(SANDBOX);
        noClasses().that().resideInAPackage("..sandbox.ghl..")
                .should().dependOnClassesThat().resideInAPackage("..sandbox.sansan..").check(SANDBOX);
    }
}
