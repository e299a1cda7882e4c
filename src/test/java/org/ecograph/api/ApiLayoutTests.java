package org.ecograph.api;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The floor plan of the API: its top holds only what the sub-packages share, the sub-packages form no cycle, the
 * controllers ask capability services (never a repository or the driver), and the plain HTTP endpoint knows no
 * GraphQL.
 */
class ApiLayoutTests {

	private static final JavaClasses API = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.ecograph.api");

	@Test
	void theTopImportsNoneOfItsSubPackages() {
		noClasses().that()
			.resideInAPackage("org.ecograph.api")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.ecograph.api.graphql..", "org.ecograph.api.http..", "org.ecograph.api.guard..")
			.check(API);
	}

	@Test
	void subPackagesHaveNoCycles() {
		slices().matching("org.ecograph.api.(**)").should().beFreeOfCycles().check(API);
	}

	@Test
	void theApiReachesNoRepositoryAndNoDriver() {
		noClasses().that()
			.resideInAPackage("org.ecograph.api..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.orShould()
			.dependOnClassesThat()
			.resideInAPackage("org.neo4j..")
			.check(API);
	}

	@Test
	void theExportEndpointKnowsNoGraphQl() {
		noClasses().that()
			.resideInAPackage("org.ecograph.api.http..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("graphql..", "org.springframework.graphql..", "org.ecograph.api.graphql..")
			.check(API);
	}

}
