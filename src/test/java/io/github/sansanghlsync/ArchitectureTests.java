package io.github.sansanghlsync;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The walls of the design: the API clients know nothing of each other or of Spring Batch; the emulators know nothing of the program. */
class ArchitectureTests {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.github.sansanghlsync");
    }

    @Test
    void theSansanClientKnowsNothingOfGhlTheJobsOrSpringBatch() {
        noClasses().that().resideInAPackage("..sansanghlsync.sansan..")
                .should().dependOnClassesThat().resideInAnyPackage("..sansanghlsync.ghl..", "..sansanghlsync.contact..",
                        "..sansanghlsync.job..", "..sansanghlsync.sandbox..", "org.springframework.batch..")
                .check(classes);
    }

    @Test
    void theGhlClientKnowsNothingOfSansanTheJobsOrSpringBatch() {
        noClasses().that().resideInAPackage("..sansanghlsync.ghl..")
                .should().dependOnClassesThat().resideInAnyPackage("..sansanghlsync.sansan..", "..sansanghlsync.contact..",
                        "..sansanghlsync.job..", "..sansanghlsync.sandbox..", "org.springframework.batch..")
                .check(classes);
    }

    @Test
    void theEmulatorsKnowNothingOfTheProgram() {
        noClasses().that().resideInAPackage("..sansanghlsync.sandbox..")
                .should().dependOnClassesThat().resideInAnyPackage("..sansanghlsync.sansan..", "..sansanghlsync.ghl..",
                        "..sansanghlsync.contact..", "..sansanghlsync.job..", "..sansanghlsync.link..",
                        "..sansanghlsync.ledger..", "..sansanghlsync.cli..", "..sansanghlsync.http..",
                        "..sansanghlsync.activity..", "..sansanghlsync.note..", "..sansanghlsync.task..",
                        "..sansanghlsync.tag..", "org.springframework.batch..")
                .check(classes);
    }

    @Test
    void mappingIsPureAndNeedsNoClientOrJob() {
        noClasses().that().resideInAPackage("..sansanghlsync.contact.mapping..")
                .should().dependOnClassesThat().resideInAnyPackage("..sansanghlsync.job..", "..sansanghlsync.link..",
                        "org.springframework.batch..", "org.springframework.web..")
                .check(classes);
    }

    @Test
    void secretHandlingKnowsNothingOfTheClientsOrTheJobs() {
        noClasses().that().resideInAPackage("..sansanghlsync.credentials..")
                .should().dependOnClassesThat().resideInAnyPackage("..sansanghlsync.sansan..", "..sansanghlsync.ghl..",
                        "..sansanghlsync.contact..", "..sansanghlsync.job..", "..sansanghlsync.sandbox..",
                        "org.springframework.batch..")
                .check(classes);
    }

    @Test
    void onlyTheCommandLineStartsTheSandbox() {
        noClasses().that().resideOutsideOfPackages("..sansanghlsync.cli..", "..sansanghlsync.sandbox..")
                .should().dependOnClassesThat().resideInAPackage("..sansanghlsync.sandbox..")
                .check(classes);
    }
}
