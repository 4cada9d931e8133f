package org.planlens.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.LocationProvider;
import com.tngtech.archunit.lang.ArchRule;
import java.nio.file.Path;
import java.util.Set;

/**
 * The dependency rule of {@code docs/architecture.md}, as a test: {@code cli} and {@code batch} drive
 * {@code pipeline}, which drives the stages ({@code input}, {@code text}, {@code structure}, {@code extract},
 * {@code export}, {@code index}); {@code query} reads {@code index}; all of them may use {@code rules} and
 * {@code model}, which use nothing else; {@code web} (started by {@code cli}) reads the index through
 * {@code query}. A stage uses no other stage, but {@code extract} builds on the section tree of {@code structure}.
 */
@AnalyzeClasses(locations = ArchitectureTest.MainClasses.class)
class ArchitectureTest {
    /** The product's own classes, read from the build's output folder only (no class path scan). */
    static final class MainClasses implements LocationProvider {
        @Override
        public Set<Location> get(Class<?> testClass) {
            return Set.of(Location.of(Path.of("target/classes")));
        }
    }

    @ArchTest
    static final ArchRule dependenciesPointInward = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("cli")
            .definedBy("org.planlens.cli..")
            .layer("web")
            .definedBy("org.planlens.web..")
            .layer("batch")
            .definedBy("org.planlens.batch..")
            .layer("pipeline")
            .definedBy("org.planlens.pipeline..")
            .layer("query")
            .definedBy("org.planlens.query..")
            .layer("input")
            .definedBy("org.planlens.input..")
            .layer("text")
            .definedBy("org.planlens.text..")
            .layer("structure")
            .definedBy("org.planlens.structure..")
            .layer("extract")
            .definedBy("org.planlens.extract..")
            .layer("export")
            .definedBy("org.planlens.export..")
            .layer("index")
            .definedBy("org.planlens.index..")
            .layer("rules")
            .definedBy("org.planlens.rules..")
            .layer("model")
            .definedBy("org.planlens.model..")
            .whereLayer("cli")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("web")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("batch")
            .mayOnlyBeAccessedByLayers("cli")
            .whereLayer("pipeline")
            .mayOnlyBeAccessedByLayers("cli", "batch")
            .whereLayer("query")
            .mayOnlyBeAccessedByLayers("cli", "web")
            .whereLayer("input")
            .mayOnlyBeAccessedByLayers("cli", "batch", "pipeline")
            .whereLayer("text")
            .mayOnlyBeAccessedByLayers("cli", "batch", "pipeline")
            .whereLayer("structure")
            .mayOnlyBeAccessedByLayers("cli", "batch", "pipeline", "extract")
            .whereLayer("extract")
            .mayOnlyBeAccessedByLayers("cli", "batch", "pipeline")
            .whereLayer("export")
            .mayOnlyBeAccessedByLayers("cli", "batch", "pipeline", "web")
            .whereLayer("index")
            // the web only for the kind a query takes and the refusal when there is no index (rule below)
            .mayOnlyBeAccessedByLayers("cli", "batch", "pipeline", "query", "web")
            .whereLayer("rules")
            .mayOnlyBeAccessedByLayers(
                    "cli",
                    "web",
                    "batch",
                    "pipeline",
                    "query",
                    "input",
                    "text",
                    "structure",
                    "extract",
                    "export",
                    "index");

    /** The tools (bench helpers, fixture makers) are built with the tests, from {@code src/tools/java}. */
    @ArchTest
    static final ArchRule noToolsInTheProduct =
            noClasses().should().resideInAnyPackage("org.planlens.bench..", "org.planlens.fixtures..");

    /**
     * The web asks the index through {@code query} alone, so the backend behind {@code query} (the local index or
     * OpenSearch) never reaches it: of {@code index} it names only the kind a query takes and the exception the
     * readers throw when there is no index yet.
     */
    @ArchTest
    static final ArchRule webReadsTheIndexThroughQuery = noClasses()
            .that()
            .resideInAPackage("org.planlens.web..")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "index classes other than RecordKind and IndexUnavailableException",
                    (JavaClass c) -> c.getPackageName().startsWith("org.planlens.index")
                            && !c.getName().startsWith("org.planlens.index.RecordKind")
                            && !c.getName().equals("org.planlens.index.IndexUnavailableException")));

    @ArchTest
    static final ArchRule noWebStackOutsideWeb = noClasses()
            .that()
            .resideOutsideOfPackage("org.planlens.web..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.boot..", "jakarta.servlet..", "org.thymeleaf..");

    @ArchTest
    static final ArchRule noSpringBatchOutsideBatch = noClasses()
            .that()
            .resideOutsideOfPackage("org.planlens.batch..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework.batch..");

    @ArchTest
    static final ArchRule noCoreNlpOutsideExtract = noClasses()
            .that()
            .resideOutsideOfPackage("org.planlens.extract..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("edu.stanford.nlp..");
}
