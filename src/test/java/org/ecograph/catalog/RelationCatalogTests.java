package org.ecograph.catalog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@SeededGraphTest
class RelationCatalogTests {

	@Autowired
	RelationCatalog relations;

	@Autowired
	EntityCatalog entities;

	@Autowired
	DriverQueryCounter driver;

	@Test
	void relationsOfManyEntitiesTakeOneQueryAndOneMoreForTheirCounts() {
		long before = this.driver.queries();
		Map<String, Page<Claim>> pages = this.relations.relationsOf(
				List.of("company:nvidia", "company:dell", "company:no-such-company"), Direction.OUT,
				ClaimFilter.NONE.withKinds(Set.of(RelationKind.SUPPLIES)), new PageRequest(10, null), true);
		assertThat(this.driver.queries() - before).isEqualTo(2);
		assertThat(ids(pages.get("company:nvidia"))).containsExactly("claim:nvidia-supplies-stargate",
				"claim:nvidia-supplies-stargate-forecast");
		assertThat(ids(pages.get("company:dell"))).containsExactly("claim:dell-supplies-oracle");
		assertThat(pages.get("company:no-such-company").totalCount()).isZero();
	}

	@Test
	void relationsWithTheirEndsTakeOneQueryAndGiveTheEntitiesALookupGives() {
		long before = this.driver.queries();
		RelationCatalog.EntityRelations found = this.relations.relationsOf(List.of("company:nvidia", "company:dell"),
				Direction.BOTH, ClaimFilter.NONE, new PageRequest(10, null), false, true);
		assertThat(this.driver.queries() - before).isEqualTo(1);

		Map<String, Page<Claim>> without = this.relations.relationsOf(List.of("company:nvidia", "company:dell"),
				Direction.BOTH, ClaimFilter.NONE, new PageRequest(10, null), false);
		assertThat(found.pages()).isEqualTo(without);
		Set<String> endIds = new java.util.TreeSet<>();
		found.pages().values().forEach(page -> page.edges().forEach(edge -> {
			endIds.add(edge.node().fromId());
			endIds.add(edge.node().toId());
		}));
		assertThat(endIds).contains("company:nvidia", "company:dell", "program:stargate");
		assertThat(found.ends()).isEqualTo(this.entities.findByIds(endIds));
	}

	@Test
	void relationsWithoutTheirEndsBringNone() {
		RelationCatalog.EntityRelations found = this.relations.relationsOf(List.of("company:nvidia"), Direction.OUT,
				ClaimFilter.NONE, new PageRequest(5, null), false, false);
		assertThat(ids(found.pages().get("company:nvidia"))).isNotEmpty();
		assertThat(found.ends()).isEmpty();
	}

	@Test
	void aPageCursorContinuesAfterItsItem() {
		Page<Claim> first = this.relations.list(null, "program:stargate", ClaimFilter.NONE, new PageRequest(2, null), true);
		Page<Claim> second = this.relations.list(null, "program:stargate", ClaimFilter.NONE,
				new PageRequest(2, first.pageInfo().endCursor()), true);
		assertThat(ids(first)).containsExactly("claim:ai-infrastructure-act-2025-funds-stargate",
				"claim:ai-infrastructure-partnership-competes-with-stargate");
		// V0032 added the blue-state amendment's claim on Stargate
		assertThat(ids(second)).containsExactly("claim:blue-state-allocation-amendment-regulates-stargate",
				"claim:california-government-opposes-stargate");
		assertThat(second.pageInfo().hasPreviousPage()).isTrue();
		assertThat(second.totalCount()).isEqualTo(first.totalCount()).isEqualTo(23);
	}

	@Test
	void countsOnlyWhenAsked() {
		long before = this.driver.queries();
		Page<Claim> page = this.relations.list(null, "program:stargate", ClaimFilter.NONE, new PageRequest(2, null),
				false);
		assertThat(this.driver.queries() - before).isEqualTo(2);
		assertThat(page.totalCount()).isNull();
		assertThat(ids(page)).hasSize(2);
	}

	@Test
	void listingRelationsOfAnUnknownEntityNamesIt() {
		assertThatExceptionOfType(UnknownEntitiesException.class)
			.isThrownBy(() -> this.relations.list("company:nope", null, ClaimFilter.NONE, new PageRequest(5, null), true))
			.withMessage("No entity with id company:nope");
	}

	@Test
	void findsRelationsOfMixedKindsByIdInOneQueryAsTheLookupByKindDoes() {
		long before = this.driver.queries();
		Map<String, Claim> found = this.relations.findByIds(List.of("claim:nvidia-supplies-stargate",
				"claim:microsoft-funds-ai-infrastructure-partnership", "claim:microsoft-partners-with-nvidia",
				"claim:no-such-claim"));
		assertThat(this.driver.queries() - before).isEqualTo(1);

		assertThat(found.values()).extracting(Claim::id, Claim::kind, Claim::fromId, Claim::toId)
			.containsExactlyInAnyOrder(
					tuple("claim:nvidia-supplies-stargate", RelationKind.SUPPLIES, "company:nvidia", "program:stargate"),
					tuple("claim:microsoft-funds-ai-infrastructure-partnership", RelationKind.FUNDS,
							"company:microsoft", "program:ai-infrastructure-partnership"),
					tuple("claim:microsoft-partners-with-nvidia", RelationKind.PARTNERS_WITH, "company:microsoft",
							"company:nvidia"));
		assertThat(found.get("claim:microsoft-partners-with-nvidia").properties()).containsKey("retractedAt");
		assertThat(found).isEqualTo(this.relations.findByIds(Map.of(RelationKind.SUPPLIES,
				List.of("claim:nvidia-supplies-stargate"), RelationKind.FUNDS,
				List.of("claim:microsoft-funds-ai-infrastructure-partnership", "claim:no-such-claim"),
				RelationKind.PARTNERS_WITH, List.of("claim:microsoft-partners-with-nvidia"))));
	}

	@Test
	void findByIdsLeavesOutUnknownIds() {
		assertThat(this.entities.findByIds(List.of("company:openai", "company:nope")).keySet())
			.containsExactly("company:openai");
	}

	private static List<String> ids(Page<Claim> page) {
		return page.edges().stream().map(edge -> edge.node().id()).toList();
	}

}
