package org.ecograph.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecograph.api.graphql.AnalysisTestSupport.assertSingleError;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalog's basics on the seed: a relation and a source by id, the sources page by page, and {@code knownOn}
 * on the relation listings, the subgraph and the export (the seed's four MEMBER_OF claims were recorded on 2026-12-01, V0021).
 */
@SeededGraphTest
class CatalogBasicsTests {

	private static final String SOURCE = "source:c9490bf9877dc2fc";

	private static final String MICROSOFT_MEMBER = "claim:microsoft-member-of-ai-infrastructure-partnership";

	private static final String AIP = "program:ai-infrastructure-partnership";

	private static final List<String> MEMBERS = List.of("claim:blackrock-member-of-ai-infrastructure-partnership",
			MICROSOFT_MEMBER, "claim:nvidia-member-of-ai-infrastructure-partnership",
			"claim:xai-member-of-ai-infrastructure-partnership");

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	MockMvc mvc;

	@Test
	void relationByIdReturnsEveryFieldOfTheClaimAsTheSeedStatesIt() {
		GraphQlTester.Response response = relation(MICROSOFT_MEMBER);
		response.path("relation.id").entity(String.class).isEqualTo(MICROSOFT_MEMBER);
		response.path("relation.kind").entity(String.class).isEqualTo("MEMBER_OF");
		response.path("relation.from.id").entity(String.class).isEqualTo("company:microsoft");
		response.path("relation.from.name").entity(String.class).isEqualTo("Microsoft");
		response.path("relation.to.id").entity(String.class).isEqualTo(AIP);
		response.path("relation.status").entity(String.class).isEqualTo("REPORTED");
		response.path("relation.confidence").entity(Double.class).isEqualTo(0.75);
		response.path("relation.role").entity(String.class).isEqualTo("founding member");
		response.path("relation.scope")
			.entity(String.class)
			.isEqualTo("founded the AI Infrastructure Partnership with BlackRock, Nvidia and xAI");
		response.path("relation.quote").entity(String.class).isEqualTo("微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”");
		response.path("relation.recordedOn").entity(String.class).isEqualTo("2026-12-01");
		response.path("relation.sources[*].id").entityList(String.class).containsExactly(SOURCE);
		response.path("relation.sources[0].language").entity(String.class).isEqualTo("zh");
		for (String absent : List.of("amountUsd", "shareOfSource", "shareOfTarget", "instrument", "validFrom", "validTo",
				"asOf", "note")) {
			response.path("relation." + absent).valueIsNull();
		}
	}

	@Test
	void relationByIdReturnsTheFiguresOfAFundingClaim() {
		GraphQlTester.Response response = relation("claim:softbank-funds-stargate");
		response.path("relation.kind").entity(String.class).isEqualTo("FUNDS");
		response.path("relation.from.id").entity(String.class).isEqualTo("company:softbank");
		response.path("relation.to.name").entity(String.class).isEqualTo("Stargate");
		response.path("relation.amountUsd").entity(Double.class).isEqualTo(1.5e11);
		response.path("relation.shareOfTarget").entity(Double.class).isEqualTo(0.3);
		response.path("relation.instrument").entity(String.class).isEqualTo("equity");
		response.path("relation.role").entity(String.class).isEqualTo("lead investor");
		response.path("relation.status").entity(String.class).isEqualTo("COMMITTED");
		response.path("relation.confidence").entity(Double.class).isEqualTo(0.4);
	}

	@Test
	void relationByIdFindsARetractedClaimWithItsRetraction() {
		GraphQlTester.Response response = relation("claim:microsoft-partners-with-blackrock");
		response.path("relation.kind").entity(String.class).isEqualTo("PARTNERS_WITH");
		response.path("relation.properties.retractedAt").entity(String.class).isEqualTo("2026-12-01");
		response.path("relation.properties.retractionReason")
			.entity(String.class)
			.satisfies(reason -> assertThat(reason).startsWith("Superseded by MEMBER_OF claims"));
	}

	@Test
	void relationOfAnUnknownIdIsNull() {
		GraphQlTester.Response response = relation("claim:nobody-funds-nothing");
		response.errors().verify();
		response.path("relation").valueIsNull();
	}

	@Test
	void relationOfAMalformedIdIsABadRequestNamingTheShape() {
		assertSingleError(this.graphQlTester.documentName("catalog-relation").variable("id", "company:openai"),
				ErrorType.BAD_REQUEST, "id 'company:openai' is not a claim id: expected claim:<slug> with slug of"
						+ " lowercase letters, digits and single hyphens, e.g. claim:softbank-funds-stargate");
	}

	@Test
	void sourceByIdReturnsTheSeedSource() {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-source").variable("id", SOURCE).execute();
		response.path("source.id").entity(String.class).isEqualTo(SOURCE);
		response.path("source.title")
			.entity(String.class)
			.isEqualTo("US AI mega-infrastructure research report: the Genesis Mission and Stargate as twin engines,"
					+ " industry opportunities and investment directions");
		response.path("source.language").entity(String.class).isEqualTo("zh");
		response.path("source.url").valueIsNull();
		response.path("source.publisher").valueIsNull();
		response.path("source.publishedOn").valueIsNull();
		response.path("source.properties.titleOriginal").entity(String.class).isEqualTo("美国AI大基建研报");
		response.path("source.properties.file").entity(String.class).isEqualTo("000_c9490bf9877dc2fc.txt");
		response.path("source.properties.notBefore").entity(String.class).isEqualTo("2025-11-24");
	}

	@Test
	void sourceOfAnUnknownIdIsNullAndOfAMalformedIdABadRequest() {
		GraphQlTester.Response unknown = this.graphQlTester.documentName("catalog-source")
			.variable("id", "source:nothing")
			.execute();
		unknown.errors().verify();
		unknown.path("source").valueIsNull();
		assertSingleError(this.graphQlTester.documentName("catalog-source").variable("id", "c9490bf9"),
				ErrorType.BAD_REQUEST, "id 'c9490bf9' is not a source id: expected source:<slug> with slug of"
						+ " lowercase letters, digits and single hyphens, e.g. source:c9490bf9");
	}

	@Test
	void sourcesListsTheOneSeedSourceOnOnePage() {
		GraphQlTester.Response response = sources(20, null);
		response.path("sources.totalCount").entity(Integer.class).isEqualTo(1);
		response.path("sources.edges[*].node.id").entityList(String.class).containsExactly(SOURCE);
		response.path("sources.edges[0].node.language").entity(String.class).isEqualTo("zh");
		response.path("sources.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(false);
		response.path("sources.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(false);
		String end = response.path("sources.pageInfo.endCursor").entity(String.class).get();
		GraphQlTester.Response after = sources(20, end);
		after.path("sources.edges").entityList(Object.class).hasSize(0);
		after.path("sources.pageInfo.hasPreviousPage").entity(Boolean.class).isEqualTo(true);
		after.path("sources.totalCount").entity(Integer.class).isEqualTo(1);
	}

	@Test
	void sourcesStatesTheMaximumOfFirstAndRefusesACursorOfAnotherListing() {
		assertSingleError(this.graphQlTester.documentName("catalog-sources").variable("first", 101),
				ErrorType.BAD_REQUEST, "first 101 is out of range: allowed 0..100");
		assertSingleError(this.graphQlTester.documentName("catalog-sources").variable("first", -1),
				ErrorType.BAD_REQUEST, "first -1 is out of range: allowed 0..100");
		String entitiesCursor = this.graphQlTester.documentName("catalog-entities")
			.variable("first", 1)
			.execute()
			.path("entities.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.graphQlTester.documentName("catalog-sources")
			.variable("after", entitiesCursor)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST)));
	}

	@Test
	void knownOnBeforeTheRecordLeavesTheMembershipsOutAndOnTheDayKeepsThem() {
		assertThat(memberships("2026-11-30")).isEmpty();
		assertThat(memberships("2026-12-01")).containsExactlyElementsOf(MEMBERS);
		assertThat(memberships("2026-12-02")).containsExactlyElementsOf(MEMBERS);
		assertThat(memberships(null)).containsExactlyElementsOf(MEMBERS);
	}

	@Test
	void knownOnFiltersAnEntitysRelationsTheSameWay() {
		assertThat(membershipsOfAip("2026-11-30")).isEmpty();
		assertThat(membershipsOfAip("2026-12-01")).containsExactlyElementsOf(MEMBERS);
	}

	@Test
	void knownOnFiltersTheSubgraphsWalkAndEdges() {
		assertThat(subgraphMemberships("2026-11-30")).isEmpty();
		assertThat(subgraphMemberships("2026-12-01")).containsExactlyInAnyOrderElementsOf(MEMBERS);
	}

	@Test
	void knownOnFiltersTheExportAndAMalformedDayIsABadRequest() throws Exception {
		String before = this.mvc.perform(get("/export/edges.csv?ids=" + AIP + "&kinds=MEMBER_OF&knownOn=2026-11-30"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String on = this.mvc.perform(get("/export/edges.csv?ids=" + AIP + "&kinds=MEMBER_OF&knownOn=2026-12-01"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(MEMBERS).noneMatch(before::contains).allMatch(on::contains);
		this.mvc.perform(get("/export/edges.csv?ids=" + AIP + "&knownOn=yesterday"))
			.andExpect(status().isBadRequest());
	}

	private List<String> subgraphMemberships(String knownOn) {
		return this.graphQlTester.documentName("catalog-subgraph")
			.variable("ids", List.of(AIP))
			.variable("kinds", List.of("MEMBER_OF"))
			.variable("knownOn", knownOn)
			.execute()
			.path("subgraph.edges[*].id")
			.entityList(String.class)
			.get();
	}

	private GraphQlTester.Response relation(String id) {
		return this.graphQlTester.documentName("catalog-relation").variable("id", id).execute();
	}

	private GraphQlTester.Response sources(Integer first, String after) {
		return this.graphQlTester.documentName("catalog-sources").variable("first", first).variable("after", after).execute();
	}

	private List<String> memberships(String knownOn) {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-relations")
			.variable("kinds", List.of("MEMBER_OF"))
			.variable("knownOn", knownOn)
			.execute();
		List<String> ids = response.path("relations.edges[*].node.id").entityList(String.class).get();
		response.path("relations.totalCount").entity(Integer.class).isEqualTo(ids.size());
		return ids;
	}

	private List<String> membershipsOfAip(String knownOn) {
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-entity-relations")
			.variable("id", AIP)
			.variable("direction", "IN")
			.variable("kinds", List.of("MEMBER_OF"))
			.variable("knownOn", knownOn)
			.execute();
		List<String> ids = response.path("entity.relations.edges[*].node.id").entityList(String.class).get();
		response.path("entity.relations.totalCount").entity(Integer.class).isEqualTo(ids.size());
		return ids;
	}

}
