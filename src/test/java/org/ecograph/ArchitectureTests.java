package org.ecograph;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The house of README "Layout" and docs/adr/0006: every package is declared here with the packages it may use, data
 * flows one way (api, capabilities, the data layer, the vocabulary), no package or sub-package takes part in a cycle,
 * only the data layer and the embedded server reach Neo4j, a capability's face uses its machinery and never the
 * reverse, and no Cypher leaves its package as a string.
 */
class ArchitectureTests {

	private static final String BASE = "org.ecograph";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages(BASE);

	/**
	 * Every top-level package and the other packages it may use. A new package must be declared here, with its place
	 * in the house; an arrow not listed fails {@link #packagesUseOnlyWhatTheyAreAllowedTo()}.
	 */
	private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
			Map.entry("model", Set.of()),
			Map.entry("data", Set.of("model")),
			Map.entry("neo4j", Set.of()),
			Map.entry("command", Set.of("model", "data", "neo4j")),
			Map.entry("catalog", Set.of("model", "data")),
			Map.entry("analysis", Set.of("model", "data", "catalog")),
			Map.entry("subgraph", Set.of("model", "data", "catalog", "analysis")),
			Map.entry("measure", Set.of("model", "data", "catalog")),
			Map.entry("consistency", Set.of("model", "data", "catalog", "measure")),
			Map.entry("export", Set.of("model", "subgraph")),
			Map.entry("security", Set.of("model", "data", "command")),
			Map.entry("ingest", Set.of("model", "data", "neo4j", "command")),
			Map.entry("steward", Set.of("model", "data", "ingest", "security")),
			Map.entry("backup", Set.of("model", "data", "command")),
			Map.entry("explorer", Set.of()),
			Map.entry("watch", Set.of("model", "data", "analysis", "security")),
			Map.entry("api", Set.of("model", "data", "catalog", "analysis", "subgraph", "measure", "consistency",
					"export", "security", "steward", "watch")),
			// beside the API at the top: it reads what the capabilities expose for metrics (and puts the analysis's
			// readiness on the start-up timeline of ingest); nothing uses it
			Map.entry("observability", Set.of("model", "data", "analysis", "security", "ingest")));

	/** The packages whose top is their public face, with machinery in sub-packages that never use the face. */
	private static final List<String> FACES_OVER_MACHINERY = List.of("analysis");

	@Test
	void everyPackageIsDeclared() {
		Set<String> packages = new TreeSet<>();
		for (JavaClass type : CLASSES) {
			String name = type.getPackageName();
			if (name.startsWith(BASE + ".")) {
				packages.add(name.substring(BASE.length() + 1).split("\\.")[0]);
			}
		}
		assertThat(packages).containsExactlyInAnyOrderElementsOf(ALLOWED.keySet());
	}

	@Test
	void packagesUseOnlyWhatTheyAreAllowedTo() {
		ALLOWED.forEach((pkg, allowed) -> {
			List<String> forbidden = new ArrayList<>();
			ALLOWED.keySet()
				.stream()
				.filter(other -> !other.equals(pkg) && !allowed.contains(other))
				.forEach(other -> forbidden.add(BASE + "." + other + ".."));
			noClasses().that()
				.resideInAPackage(BASE + "." + pkg + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(forbidden.toArray(String[]::new))
				.allowEmptyShould(true)
				.because(pkg + " may use only " + (allowed.isEmpty() ? "no other package" : allowed))
				.check(CLASSES);
		});
	}

	@Test
	void noPackageOrSubPackageTakesPartInACycle() {
		slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void theModelIsVocabularyAndRecordsOnly() {
		noClasses().that()
			.resideInAPackage(BASE + ".model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j..", "org.springframework..")
			.check(CLASSES);
	}

	@Test
	void onlyTheDataLayerAndTheEmbeddedServerReachNeo4j() {
		noClasses().that()
			.resideOutsideOfPackages(BASE + ".data..", BASE + ".neo4j..")
			.and()
			.doNotHaveFullyQualifiedName(BASE + ".ingest.ScriptValidationListener")
			.and()
			.doNotHaveFullyQualifiedName(BASE + ".ingest.ScriptTouches")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j..", "org.springframework.data.neo4j..")
			.check(CLASSES);
	}

	/** The one exception: the loader's validation listener runs inside the embedded kernel (ADR 0005). */
	@Test
	void theValidationListenerUsesTheKernelApiOnly() {
		noClasses().that()
			.haveFullyQualifiedName(BASE + ".ingest.ScriptValidationListener")
			.or()
			.haveFullyQualifiedName(BASE + ".ingest.ScriptTouches")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.neo4j.driver..", "org.springframework.data.neo4j..")
			.check(CLASSES);
	}

	@Test
	void onlyTheDataLayerUsesSpringDataNeo4jsClient() {
		noClasses().that()
			.resideOutsideOfPackage(BASE + ".data..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.data.neo4j..")
			.check(CLASSES);
	}

	@Test
	void aFaceUsesItsMachineryNeverTheReverse() {
		for (String face : FACES_OVER_MACHINERY) {
			noClasses().that()
				.resideInAPackage(BASE + "." + face + ".*..")
				.should()
				.dependOnClassesThat()
				.resideInAPackage(BASE + "." + face)
				.check(CLASSES);
		}
	}

	@Test
	void theProjectionStandsOnNoOtherAnalysisPackage() {
		noClasses().that()
			.resideInAPackage(BASE + ".analysis.projection..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(BASE + ".analysis", BASE + ".analysis.paths..", BASE + ".analysis.exposure..",
					BASE + ".analysis.ranking..", BASE + ".analysis.funding..", BASE + ".analysis.scenario..")
			.check(CLASSES);
	}

	/**
	 * The what-if machinery stands on the projection and the algorithms; they never use it (only the face and the
	 * API do), so a scenario is an overlay the algorithms cannot tell from a snapshot.
	 */
	@Test
	void theAlgorithmsDoNotKnowScenarios() {
		noClasses().that()
			.resideInAnyPackage(BASE + ".analysis.paths..", BASE + ".analysis.exposure..", BASE + ".analysis.ranking..",
					BASE + ".analysis.funding..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BASE + ".analysis.scenario..")
			.check(CLASSES);
	}

	/**
	 * A transaction of the analysis' face would stay open across the snapshot wait and the computation: it begins
	 * its transactions in code, around database work only.
	 */
	@Test
	void theAnalysisFaceHoldsNoTransactionAcrossWaitsAndComputations() {
		noClasses().that()
			.resideInAPackage(BASE + ".analysis")
			.should()
			.beMetaAnnotatedWith(Transactional.class)
			.check(CLASSES);
		noMethods().that()
			.areDeclaredInClassesThat()
			.resideInAPackage(BASE + ".analysis")
			.should()
			.beMetaAnnotatedWith(Transactional.class)
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	/**
	 * A read outside the data layer is a {@code @GraphRead} (retried when a concurrent write ends it) or a
	 * {@code Transactions.read}, never a bare {@code @Transactional}, whose read would fail on a concurrent write.
	 */
	@Test
	void readsAreDeclaredAsGraphReadsNotBareTransactions() {
		noClasses().that()
			.resideOutsideOfPackage(BASE + ".data")
			.should()
			.beAnnotatedWith(Transactional.class)
			.check(CLASSES);
		noMethods().that()
			.areDeclaredInClassesThat()
			.resideOutsideOfPackage(BASE + ".data")
			.should()
			.beAnnotatedWith(Transactional.class)
			.allowEmptyShould(true)
			.check(CLASSES);
	}

	/** The API's top is the floor its sub-packages share (limits, error rendering): it uses none of them. */
	@Test
	void theApisSharedFloorUsesNoneOfItsSubPackages() {
		noClasses().that()
			.resideInAPackage(BASE + ".api")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(BASE + ".api.*..")
			.check(CLASSES);
	}

	@Test
	void theApiAsksServicesNeverRepositories() {
		noClasses().that()
			.resideInAPackage(BASE + ".api..")
			.should()
			.dependOnClassesThat()
			.areAnnotatedWith(Repository.class)
			.orShould()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Repository")
			.check(CLASSES);
	}

	@Test
	void repositoriesArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Repository.class)
			.or()
			.haveSimpleNameEndingWith("Repository")
			.should()
			.notBePublic()
			.check(CLASSES);
	}

	/** Observability's GraphQL floor observes executions (operation names, the slow log); it answers none. */
	@Test
	void nothingBelowTheApiKnowsGraphQl() {
		noClasses().that()
			.resideOutsideOfPackages(BASE + ".api..", BASE + ".observability.graphql..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("graphql..", "org.springframework.graphql..")
			.check(CLASSES);
	}

	@Test
	void theExportEndpointKnowsNoGraphQl() {
		noClasses().that()
			.resideInAPackage(BASE + ".api.http..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("graphql..", "org.springframework.graphql..", BASE + ".api.graphql..")
			.check(CLASSES);
	}

	@Test
	void onlyTheApiDependsOnTheApi() {
		noClasses().that()
			.resideOutsideOfPackage(BASE + ".api..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(BASE + ".api..")
			.check(CLASSES);
	}

	/** A statement is its package's own: no constant that another package could read holds Cypher. */
	@Test
	void noCypherLeavesItsPackageAsAString() throws Exception {
		Pattern cypher = Pattern.compile("\\b(MATCH|MERGE|CREATE|UNWIND|RETURN|CALL)\\b[\\s\\S]*\\b(RETURN|SET|DELETE|"
				+ "YIELD|CREATE|MERGE)\\b");
		List<String> shared = new ArrayList<>();
		for (JavaClass type : CLASSES) {
			for (Field field : type.reflect().getDeclaredFields()) {
				int modifiers = field.getModifiers();
				boolean visibleOutside = Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
				if (visibleOutside && Modifier.isStatic(modifiers) && field.getType() == String.class) {
					field.setAccessible(true);
					Object value = field.get(null);
					if (value instanceof String text && cypher.matcher(text).find()) {
						shared.add(type.getName() + "." + field.getName());
					}
				}
			}
		}
		assertThat(shared).as("public Cypher constants").isEmpty();
	}

}
