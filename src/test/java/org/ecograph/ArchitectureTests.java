package org.ecograph;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering of docs/README: data flows one way, and packages are free of cycles. */
class ArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ecograph");

	@Test
	void packagesHaveNoCycles() {
		slices().matching("org.ecograph.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void nothingBelowTheApiKnowsGraphQl() {
		noClasses().that()
			.resideOutsideOfPackage("org.ecograph.api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("graphql..", "org.springframework.graphql..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	@Test
	void theModelDependsOnNoOtherCapability() {
		noClasses().that()
			.resideInAPackage("org.ecograph.model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ecograph.api..", "org.ecograph.catalog..", "org.ecograph.analysis..",
					"org.ecograph.ingest..", "org.ecograph.neo4j..")
			.check(CLASSES);
	}

	@Test
	void onlyTheApiDependsOnTheApi() {
		noClasses().that()
			.resideOutsideOfPackage("org.ecograph.api..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.ecograph.api..")
			.allowEmptyShould(true)
			.check(CLASSES);
	}

}
