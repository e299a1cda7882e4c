package org.ecograph.analysis;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The floor plan of the analysis: the face uses the machinery, never the reverse; the projection stands on no other
 * analysis package; the sub-packages have no cycles; the database is reached through the data layer only.
 */
class AnalysisArchitectureTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ecograph.analysis");

	@Test
	void noSubPackageUsesTheFace() {
		noClasses().that()
			.resideInAPackage("org.ecograph.analysis.*..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.ecograph.analysis")
			.check(CLASSES);
	}

	@Test
	void theProjectionUsesNoOtherAnalysisPackage() {
		noClasses().that()
			.resideInAPackage("org.ecograph.analysis.projection..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ecograph.analysis", "org.ecograph.analysis.paths..",
					"org.ecograph.analysis.exposure..", "org.ecograph.analysis.ranking..",
					"org.ecograph.analysis.funding..")
			.check(CLASSES);
	}

	@Test
	void subPackagesHaveNoCycles() {
		slices().matching("org.ecograph.analysis.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theDatabaseIsReachedThroughTheDataLayerOnly() {
		noClasses().should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j..", "org.springframework.data.neo4j..")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.ecograph.model.GraphMapping")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.ecograph.model.GraphVersion")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.ecograph.model.ChangeLog")
			.check(CLASSES);
	}

	/**
	 * A transaction of the face would stay open across the snapshot wait and the computation: it begins its
	 * transactions in code, around database work only.
	 */
	@Test
	void theFaceHoldsNoTransactionAcrossWaitsAndComputations() {
		noClasses().that()
			.resideInAPackage("org.ecograph.analysis")
			.should()
			.beAnnotatedWith(Transactional.class)
			.check(CLASSES);
		noMethods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage("org.ecograph.analysis")
			.should()
			.beAnnotatedWith(Transactional.class)
			.allowEmptyShould(true)
			.check(CLASSES);
	}

}
