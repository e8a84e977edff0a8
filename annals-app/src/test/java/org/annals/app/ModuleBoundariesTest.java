package org.annals.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Third-party types stay in their adapter modules, so each can be replaced without touching the rest. */
class ModuleBoundariesTest {
    private static final JavaClasses ANNALS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.annals");

    @Test
    void onlyTheNlpModuleUsesCoreNlp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.annals.nlp..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("edu.stanford..")
                .check(ANNALS);
    }

    @Test
    void noModuleReadsWordnetAtRunTime() {
        // WordNet is read by the generator of wordnet-verbs.tsv in annals-coding's tests; the stages read that file.
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("net.sf.extjwnl..")
                .check(ANNALS);
    }

    @Test
    void onlyTheStoreUsesDuckDbAndLucene() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.annals.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.duckdb..", "org.apache.lucene..")
                .check(ANNALS);
    }

    @Test
    void onlyExtractionUsesJsoup() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.annals.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.jsoup..")
                .check(ANNALS);
    }

    @Test
    void onlyTheHttpPackageUsesTheWebFramework() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.annals.app.http..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(ANNALS);
    }

    @Test
    void coreDependsOnNothingButTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("org.annals.core..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("org.annals.core..", "java..")
                .check(ANNALS);
    }
}
