package org.ecograph.data;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.SeededGraphTest;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The data layer's gateway, lookup and predicate on the seeded graph. */
@SeededGraphTest
class GraphTests {

	@Autowired
	Graph graph;

	@Autowired
	Transactions transactions;

	@Autowired
	ClaimLookup claims;

	@Autowired
	GraphVersions versions;

	@Autowired
	DriverQueryCounter driver;

	@Test
	void refusesAStatementOutsideATransaction() {
		assertThatThrownBy(() -> this.graph.query("RETURN 1 AS one").single(row -> row.integer("one")))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("outside a transaction");
	}

	@Test
	void mapsRowsToTheModelsRecords() {
		Entity openai = this.transactions.read(() -> this.graph.query("MATCH (n:Entity {id: $id}) RETURN n")
			.bind("id", "company:openai")
			.single(row -> row.entity("n")));

		assertThat(openai.id()).isEqualTo("company:openai");
		assertThat(openai.kind()).isEqualTo(EntityKind.COMPANY);
		assertThat(openai.name()).isEqualTo("OpenAI");
	}

	@Test
	void readsPlainValuesNestedMapsAndNulls() {
		Map<String, Object> row = this.transactions.read(() -> this.graph
			.query("RETURN 1 AS n, null AS nothing, [1, 2] AS list, {a: 'x', b: [true]} AS map")
			.single(Row::asMap));

		assertThat(row).containsEntry("n", 1L).containsEntry("nothing", null).containsEntry("list", List.of(1L, 2L));
		assertThat(row.get("map")).isEqualTo(Map.of("a", "x", "b", List.of(true)));
	}

	@Test
	void looksClaimsUpByIdWithAndWithoutTheirKinds() {
		Map<String, Claim> anyKind = this.transactions.read(() -> this.claims
			.byIds(List.of("claim:softbank-funds-stargate", "claim:nvidia-supplies-stargate", "claim:none")));
		Map<String, Claim> knownKind = this.transactions.read(() -> this.claims
			.byIds(Map.of(RelationKind.FUNDS, List.of("claim:softbank-funds-stargate"))));

		assertThat(anyKind.keySet()).containsExactlyInAnyOrder("claim:softbank-funds-stargate",
				"claim:nvidia-supplies-stargate");
		assertThat(anyKind.get("claim:softbank-funds-stargate").kind()).isEqualTo(RelationKind.FUNDS);
		assertThat(anyKind.get("claim:softbank-funds-stargate").fromId()).isEqualTo("company:softbank");
		assertThat(knownKind).containsOnlyKeys("claim:softbank-funds-stargate");
		assertThat(knownKind.get("claim:softbank-funds-stargate"))
			.isEqualTo(anyKind.get("claim:softbank-funds-stargate"));
	}

	@Test
	void aClaimPredicateBindsItsOwnVariableAndParameters() {
		ClaimFilter funding = new ClaimFilter(Set.of(RelationKind.FUNDS), Set.of(ClaimStatus.values()), null, null);
		ClaimPredicate predicate = ClaimPredicate.on("x", funding);

		List<String> kinds = this.transactions.read(() -> this.graph
			.query("MATCH (:Entity {id: $id})-[x]->(:Entity) WHERE " + predicate.cypher() + " RETURN DISTINCT type(x) AS t")
			.bind("id", "company:softbank")
			.bindAll(predicate.parameters())
			.list(row -> row.string("t")));

		assertThat(predicate.cypher()).contains("type(x)").doesNotContain("type(r)").contains("$x_kinds");
		assertThat(kinds).containsExactly("FUNDS");
		assertThatThrownBy(() -> ClaimPredicate.on("r) OR true //", funding))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void programmaticTransactionsCarryTheDefaultOrTheirOwnTimeout() {
		this.transactions.read(this.versions::read);
		assertThat(this.driver.lastTransactionTimeout()).isEqualTo(Duration.ofSeconds(10));

		this.transactions.read(Duration.ofSeconds(42), this.versions::read);
		assertThat(this.driver.lastTransactionTimeout()).isEqualTo(Duration.ofSeconds(42));
	}

	@Test
	void aRolledBackTransactionLeavesNothing() {
		long before = this.transactions.read(this.versions::read);

		long inside = this.transactions.rolledBack(null, this.versions::bump);

		assertThat(inside).isEqualTo(before + 1);
		assertThat(this.transactions.read(this.versions::read)).isEqualTo(before);
	}

}
