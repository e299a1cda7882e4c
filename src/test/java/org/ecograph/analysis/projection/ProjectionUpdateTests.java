package org.ecograph.analysis.projection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.WritableGraphTest;
import org.ecograph.analysis.AnalysisService;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.data.Transactions;
import org.ecograph.ingest.ScriptFinder;
import org.ecograph.ingest.ScriptLoader;
import org.ecograph.model.RelationKind;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The incremental refresh: after each steward mutation the snapshot made from the previous one and the audit trail
 * ({@link ProjectionLoader#update}) equals a rebuild from the database, entity by entity and claim by claim; after a
 * loaded script, a rebuild is asked for.
 */
@WritableGraphTest
class ProjectionUpdateTests {

	private static final String SOURCE = "source:c9490bf9877dc2fc";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	ProjectionLoader loader;

	@Autowired
	ProjectionRepository repository;

	@Autowired
	Transactions transactions;

	@Autowired
	ProjectionProperties properties;

	@Autowired
	ScriptLoader scripts;

	@Autowired
	AnalysisService analysis;

	@TempDir
	Path folder;

	@Test
	void eachStewardMutationUpdatesTheSnapshotToWhatARebuildGives() throws Exception {
		String u = Long.toString(System.nanoTime(), 36);
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "projection-" + u).secret());
		ClaimProjection current = this.loader.build(n -> {
		});
		String a = "company:a-" + u;
		String b = "program:b-" + u;
		String twin = "company:a-twin-" + u;
		String claim = "claim:a-funds-b-" + u;
		String twinClaim = "claim:twin-supplies-b-" + u;
		List<Runnable> mutations = List.of(
				() -> ok(steward.documentName("steward-upsertEntity").variable("input", Map.of("id", a, "name", "A " + u))),
				() -> ok(steward.documentName("steward-upsertEntity").variable("input", Map.of("id", b, "name", "B " + u))),
				() -> ok(steward.documentName("steward-upsertEntity").variable("input", Map.of("id", twin, "name", "A twin " + u))),
				() -> ok(steward.documentName("steward-upsertClaim").variable("input", Map.of("id", claim, "kind", "FUNDS",
						"from", a, "to", b, "status", "COMMITTED", "sources", List.of(SOURCE), "amountUsd", 2e9,
						"shareOfTarget", 0.25, "validFrom", "2025-01-21"))),
				() -> ok(steward.documentName("steward-upsertClaim").variable("input", Map.of("id", twinClaim,
						"kind", "SUPPLIES", "from", twin, "to", b, "status", "REPORTED", "sources", List.of(SOURCE),
						"shareOfSource", 0.5))),
				() -> ok(steward.documentName("steward-upsertClaim").variable("input", Map.of("id", claim, "amountUsd", 3e9,
						"comment", "corrected"))),
				// the largest amount of all, then no longer: the largest is taken over, then computed again
				() -> ok(steward.documentName("steward-upsertClaim").variable("input", Map.of("id", claim,
						"amountUsd", 9e15))),
				() -> ok(steward.documentName("steward-upsertClaim").variable("input", Map.of("id", claim,
						"amountUsd", 3e9))),
				() -> ok(steward.documentName("steward-upsertClaim").variable("input", Map.of("id", "claim:softbank-funds-" + u,
						"kind", "FUNDS", "from", "company:softbank", "to", b, "status", "PLANNED", "sources",
						List.of(SOURCE)))),
				// renamed, with aliases: the names of a snapshot that keeps its entities are rebuilt
				() -> ok(steward.documentName("steward-upsertEntity").variable("input", Map.of("id", twin,
						"name", "A twin renamed " + u, "aliases", List.of("Twin " + u, "Zwilling " + u)))),
				// a claim moved away from an end no change touched: found by its id alone
				() -> ok(steward.documentName("steward-upsertClaim").variable("input", Map.of("id",
						"claim:softbank-funds-" + u, "from", twin))),
				() -> ok(steward.documentName("steward-retractClaim").variable("input", Map.of("id", claim, "reason",
						"withdrawn"))),
				() -> ok(steward.documentName("steward-mergeEntities").variable("input", Map.of("duplicate", twin,
						"canonical", a))));
		org.ecograph.model.ClaimFilter none = org.ecograph.model.ClaimFilter.NONE;
		List<ProjectionFilter> filters = List.of(ProjectionFilter.of(none),
				ProjectionFilter.of(none.withKinds(java.util.Set.of(RelationKind.FUNDS))));
		List<Boolean> weightsKept = new java.util.ArrayList<>();
		for (Runnable mutation : mutations) {
			filters.forEach(current::largestAmount); // known before, as the standing questions know them
			filters.forEach(current::weights); // and the step weights, as an analysis request computes them
			mutation.run();
			ProjectionLoader.Updated patch = this.loader.updated(current);
			ClaimProjection updated = patch == null ? null : patch.projection();
			ClaimProjection rebuilt = this.loader.build(n -> {
			});
			assertThat(updated).as("an update, not a request for a rebuild").isNotNull();
			assertChangedAt(current, updated, patch.changedAt());
			assertThat(updated.version()).isEqualTo(rebuilt.version()).isGreaterThan(current.version());
			assertThat(TestProjections.fingerprint(updated)).isEqualTo(TestProjections.fingerprint(rebuilt));
			assertThat(names(updated)).isEqualTo(names(rebuilt));
			weightsKept.add(filters.stream().allMatch(updated::weightsKept));
			for (ProjectionFilter filter : filters) {
				assertThat(updated.largestAmount(filter)).isEqualTo(rebuilt.largestAmount(filter));
				assertSameWeights(updated, rebuilt, filter);
			}
			current = updated;
		}
		// taken over where the claims keep their indexes and the largest amount stayed: claims added, values
		// corrected, an entity renamed, a claim retracted; computed afresh after the rest
		assertThat(weightsKept).containsExactly(false, false, false, true, true, true, false, false, true, true, false,
				true, false);
		assertThat(current.node(twin)).as("the merged duplicate resolves to its canonical").isEqualTo(current.node(a));
		assertThat(current.rawNode(twin)).as("and is no node of its own").isNegative();
		assertThat(TestProjections.fingerprint(current)).anySatisfy(line -> assertThat(line).startsWith(twinClaim + " " + a + " " + b));

		// The details an answer names are those of its graph version: a rename shows in the next answer.
		assertThat(pathNames(a, b)).containsExactly("A " + u, "B " + u);
		ok(steward.documentName("steward-upsertEntity").variable("input", Map.of("id", a, "name", "A renamed " + u)));
		assertThat(pathNames(a, b)).containsExactly("A renamed " + u, "B " + u);

		// Withdrawing the merge's judgement is an update too: the twin's claim goes back to the twin.
		String judgement = steward.documentName("steward-history").variable("id", twin).execute()
			.path("history[0].subjects").entityList(String.class).get().stream()
			.filter(s -> s.startsWith("judgement:")).findFirst().orElseThrow();
		ok(steward.documentName("steward-withdrawJudgement").variable("input", Map.of("id", judgement, "reason",
				"two entities")));
		current = this.loader.update(current);
		assertThat(current).as("an update, not a request for a rebuild").isNotNull();
		assertThat(TestProjections.fingerprint(current)).isEqualTo(TestProjections.fingerprint(this.loader.build(n -> {
		})));
		assertThat(current.node(twin)).isNotEqualTo(current.node(a)).isNotNegative();
		assertThat(TestProjections.fingerprint(current)).anySatisfy(line -> assertThat(line).startsWith(twinClaim + " " + twin + " " + b));

		Path script = this.folder.resolve("V9100__projection_update_" + u + ".cypher");
		Files.writeString(script, "CREATE (:Entity:Company {id: 'company:loaded-" + u + "', name: 'Loaded " + u + "'});\n");
		this.scripts.load(ScriptFinder.inPaths(List.of(script)), false);
		assertThat(this.loader.update(current)).as("a loaded script asks for a rebuild").isNull();
	}

	/**
	 * Neo4j reads what is committed without a snapshot of it, so a commit being applied may show the version it bumped
	 * before the change it recorded: the update reads again, and rebuilds only when the change stays missing. The
	 * repository here is the application's, reading the database, but for its first reads: they leave out the newest
	 * change, as such a read would.
	 */
	@Test
	void aVersionSeenBeforeItsChangeIsReadAgainNotRebuilt() {
		String u = Long.toString(System.nanoTime(), 36);
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "projection-race-" + u).secret());
		ClaimProjection current = this.loader.build(n -> {
		});
		ok(steward.documentName("steward-upsertEntity").variable("input", Map.of("id", "company:race-" + u,
				"name", "Race " + u)));

		int[] pauses = { 0 };
		ProjectionLoader once = new ProjectionLoader(newestChangeMissing(1), this.transactions, this.properties,
				() -> pauses[0]++);
		ProjectionLoader.Updated updated = once.updated(current);
		ClaimProjection rebuilt = this.loader.build(n -> {
		});
		assertThat(updated).as("an update, not a request for a rebuild").isNotNull();
		assertThat(pauses[0]).as("one read again").isEqualTo(1);
		assertThat(updated.projection().version()).isEqualTo(rebuilt.version()).isGreaterThan(current.version());
		assertThat(TestProjections.fingerprint(updated.projection())).isEqualTo(TestProjections.fingerprint(rebuilt));
		assertThat(updated.entities()).contains("company:race-" + u);

		pauses[0] = 0;
		ProjectionLoader never = new ProjectionLoader(newestChangeMissing(Integer.MAX_VALUE), this.transactions,
				this.properties, () -> pauses[0]++);
		assertThat(never.updated(current)).as("a change that stays missing: a rebuild").isNull();
		assertThat(pauses[0]).isEqualTo(ProjectionLoader.READS_AGAIN);
	}

	/** The application's repository, but its first {@code reads} reads of the pending changes leave out the newest. */
	private ProjectionRepository newestChangeMissing(int reads) {
		int[] left = { reads };
		return (ProjectionRepository) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { ProjectionRepository.class }, (proxy, method, args) -> {
					Object result;
					try {
						result = method.invoke(this.repository, args);
					}
					catch (java.lang.reflect.InvocationTargetException ex) {
						throw ex.getCause();
					}
					if (result instanceof ProjectionRepository.Pending pending && left[0]-- > 0
							&& !pending.changes().isEmpty()) {
						return new ProjectionRepository.Pending(pending.stamped(),
								pending.changes().subList(0, pending.changes().size() - 1), pending.canonicalIds());
					}
					return result;
				});
	}

	/** The step weight of every claim of {@code g} is the one {@code built} gives the claim of its id. */
	private static void assertSameWeights(ClaimProjection g, ClaimProjection built, ProjectionFilter filter) {
		ClaimWeights weights = g.weights(filter);
		ClaimWeights expected = built.weights(filter);
		for (int c = 0; c < g.claimCount(); c++) {
			String id = g.claimId(c);
			int b = built.columns().indexOf(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			assertThat(weights.weight(c)).as("the step weight of %s", id).isEqualTo(expected.weight(b));
		}
	}

	/** Every entity's id, name and aliases, in node order. */
	private static List<String> names(ClaimProjection g) {
		assertThat(g.namesKnown()).isTrue();
		return java.util.stream.IntStream.range(0, g.entityCount())
			.mapToObj(v -> g.entityId(v) + " " + g.entityName(v) + " " + g.entityAliases(v))
			.toList();
	}

	/** The names along the first path from a to b. */
	private List<String> pathNames(String a, String b) {
		return this.analysis.influencePaths(a, b, 2, 1, PathRanking.HOPS, false, org.ecograph.model.ClaimFilter.NONE)
			.data()
			.get(0)
			.nodes()
			.stream()
			.map(org.ecograph.model.Entity::name)
			.toList();
	}

	private static void ok(GraphQlTester.Request<?> request) {
		request.execute().errors().verify();
	}


	/**
	 * Where the graph changed covers what changed: every entity added, dropped or of another kind, and both ends of
	 * every claim added, dropped or changed (unknown, null, only where a judgement regrouped ids).
	 */
	private static void assertChangedAt(ClaimProjection before, ClaimProjection after, java.util.Set<String> changedAt) {
		java.util.Set<String> gone = new java.util.HashSet<>(TestProjections.fingerprint(before));
		java.util.Set<String> come = new java.util.HashSet<>(TestProjections.fingerprint(after));
		java.util.Set<String> differ = new java.util.HashSet<>(gone);
		differ.addAll(come);
		java.util.Set<String> both = new java.util.HashSet<>(gone);
		both.retainAll(come);
		differ.removeAll(both);
		if (changedAt == null) {
			assertThat(before.canonicalIds()).as("changes not known only where ids were regrouped")
				.isNotEqualTo(after.canonicalIds());
			return;
		}
		for (String line : differ) {
			String[] fields = line.split(" ");
			if (fields[0].startsWith("claim:")) {
				assertThat(changedAt).as(line).contains(fields[1], fields[2]);
			}
			else {
				assertThat(changedAt).as(line).contains(fields[0]);
			}
		}
	}
}
