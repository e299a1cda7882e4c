package org.ecograph.api.http;

import java.util.List;
import java.util.Map;

import org.ecograph.SeededGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.export.ParsedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code GET /export/{format}} against the seed; "csv" stands for the pair nodes.csv + edges.csv. */
@SeededGraphTest
class ExportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	GraphQlTester graphQlTester;

	@Autowired
	DriverQueryCounter driver;

	@ParameterizedTest
	@ValueSource(strings = { "graphml", "gexf", "cytoscape.json", "csv" })
	void exportsExactlyTheNodesAndEdgesOfTheSubgraphQuery(String format) throws Exception {
		ParsedGraph file = export(format, "ids=agency:us-doe&hops=1");
		GraphQlTester.Response response = this.graphQlTester.documentName("catalog-subgraph")
			.variable("ids", List.of("agency:us-doe"))
			.variable("hops", 1)
			.execute();
		List<String> nodes = response.path("subgraph.nodes[*].id").entityList(String.class).get();
		List<String> edges = response.path("subgraph.edges[*].id").entityList(String.class).get();
		assertThat(nodes).hasSizeGreaterThan(1);
		assertThat(edges).isNotEmpty();
		assertThat(file.nodes().keySet()).containsExactlyElementsOf(nodes);
		assertThat(file.edges().keySet()).containsExactlyElementsOf(edges);
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphml", "gexf", "cytoscape.json", "csv" })
	void everyEdgeEndsAtNodesInTheFile(String format) throws Exception {
		ParsedGraph file = export(format, "ids=program:stargate&hops=2&limit=15");
		assertThat(file.nodes()).hasSize(15);
		assertThat(file.edges()).isNotEmpty()
			.allSatisfy((id, edge) -> assertThat(file.nodes()).containsKeys(edge.get("source"), edge.get("target")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphml", "gexf", "cytoscape.json", "csv" })
	void keepsChineseAliasesIntact(String format) throws Exception {
		ParsedGraph file = export(format, "ids=agency:us-doe&hops=1");
		assertThat(file.nodes().get("agency:us-doe")).containsEntry("aliases", "能源部; DOE; Department of Energy")
			.containsEntry("label", "US Department of Energy");
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphml", "gexf", "cytoscape.json", "csv" })
	void carriesTheSoftBankStargateFiguresAndQuote(String format) throws Exception {
		ParsedGraph file = export(format, "ids=program:stargate&hops=1&kinds=FUNDS&status=COMMITTED");
		Map<String, String> claim = file.edges().get("claim:softbank-funds-stargate");
		assertThat(claim).containsEntry("source", "company:softbank").containsEntry("target", "program:stargate");
		assertThat(Double.parseDouble(claim.get("amountUsd"))).isEqualTo(1.5e11);
		assertThat(Double.parseDouble(claim.get("shareOfTarget"))).isEqualTo(0.3);
		assertThat(claim.get("quote")).startsWith("软银集团承诺出资1500亿美元,占比30%");
		assertThat(file.edges().values()).allSatisfy(edge -> assertThat(edge).containsEntry("status", "COMMITTED"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "graphml", "gexf", "cytoscape.json", "csv" })
	void carriesTheTypedFiguresOfNodesAndEdges(String format) throws Exception {
		ParsedGraph file = export(format, "ids=company:openai&hops=1&kinds=ACCESSES_DATA");
		assertThat(file.edges().get("claim:openai-accesses-federal-fusion-experiment-data"))
			.containsEntry("measures", "fusion-simulation-time: 48 hours REPORTED "
					+ "(measure:openai-fusion-simulation-time-after); fusion-simulation-time: 3 months REPORTED "
					+ "(measure:openai-fusion-simulation-time-before)");
		assertThat(file.nodes().get("company:openai").get("measures")).startsWith(
				"average-annual-salary: 450000 USD REPORTED (measure:openai-average-annual-salary); "
						+ "global-talent-share-of-developers: more than 60% REPORTED (measure:openai-global-talent-share)");
		assertThat(file.nodes().get("dataset:federal-fusion-experiment-data")).doesNotContainKey("measures");
	}

	@Test
	void leavesInferredRelationsAndFiguresOutOfAnExportWhenAsked() throws Exception {
		// OpenAI's three figures are inferred (each is given for "OpenAI and other firms"), and so is DOE's
		// provision of the fusion data that OpenAI draws on
		assertThat(export("graphml", "ids=company:openai&hops=1").edges())
			.containsKey("claim:us-doe-publishes-federal-fusion-experiment-data");
		ParsedGraph file = export("graphml", "ids=company:openai&hops=1&includeInferred=false");
		assertThat(file.nodes().get("company:openai").get("measures")).isNull();
		assertThat(file.edges()).doesNotContainKey("claim:us-doe-publishes-federal-fusion-experiment-data")
			.containsKey("claim:openai-accesses-federal-fusion-experiment-data");
		expectError("/export/graphml?ids=company:openai&includeInferred=maybe", 400,
				"includeInferred 'maybe' is not a boolean: allowed true, false");
	}

	@Test
	void weighsGexfEdgesByBillionsOfDollars() throws Exception {
		ParsedGraph file = export("gexf", "ids=program:stargate&hops=1&kinds=FUNDS");
		assertThat(file.edges().get("claim:softbank-funds-stargate")).containsEntry("weight", "150.0");
		// the White House's 500 billion USD is the announced size of Stargate, not a flow
		assertThat(export("gexf", "ids=program:stargate&hops=1&kinds=SUPPORTS").edges()
			.get("claim:white-house-announces-stargate")).containsEntry("weight", "1.0").containsEntry("amountKind", "SIZE");
	}

	@ParameterizedTest
	@CsvSource({ "graphml, application/graphml+xml;charset=UTF-8", "gexf, application/gexf+xml;charset=UTF-8",
			"cytoscape.json, application/json;charset=UTF-8", "nodes.csv, text/csv;charset=UTF-8",
			"edges.csv, text/csv;charset=UTF-8" })
	void servesAnAttachmentNamedForTheFormat(String format, String contentType) throws Exception {
		this.mvc.perform(get("/export/" + format + "?ids=company:dell"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(contentType))
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"ecograph-subgraph." + format + "\""));
	}

	@Test
	void rejectsAnUnknownFormatNamingTheAllowedOnes() throws Exception {
		expectError("/export/xlsx?ids=company:dell", 404,
				"No export format 'xlsx': allowed graphml, gexf, cytoscape.json, nodes.csv, edges.csv");
	}

	@Test
	void rejectsHopsOverTheLimit() throws Exception {
		expectError("/export/graphml?ids=company:dell&hops=9", 400, "hops 9 is out of range: allowed 0..3");
	}

	@Test
	void rejectsHopsThatAreNotANumber() throws Exception {
		expectError("/export/graphml?ids=company:dell&hops=two", 400, "hops 'two' is not an integer: allowed 0..3");
	}

	@Test
	void rejectsAnUnknownEntityIdAsNotFound() throws Exception {
		expectError("/export/gexf?ids=company:dell,company:nowhere", 404, "No entity with id company:nowhere");
	}

	@Test
	void rejectsAMalformedRelationKind() throws Exception {
		expectError("/export/edges.csv?ids=company:dell&kinds=FUNDS,FUNDZ", 400,
				"kinds 'FUNDZ' is not a relation kind: allowed PARTNERS_WITH, FUNDS, SUPPLIES, ACCESSES_DATA,"
						+ " PUBLISHES, ADMINISTERS, LEADS, OWNS, LOCATED_IN, FOCUSES_ON, DEVELOPS, REGULATES,"
						+ " SUPPORTS, OPPOSES, COMPETES_WITH, MEMBER_OF");
	}

	@Test
	void rejectsAMissingIdsParameter() throws Exception {
		expectError("/export/graphml?hops=1", 400,
				"ids is required: give one or more entity ids separated by commas, e.g. ids=agency:us-doe");
	}

	@Test
	void rejectsAConfidenceOutOfRange() throws Exception {
		expectError("/export/graphml?ids=company:dell&minConfidence=1.5", 400,
				"minConfidence 1.5 is out of range: allowed 0..1");
	}

	@Test
	void answersAQueryTimeoutAsTheGraphQlSubgraphDoes() throws Exception {
		String message = "The request took longer than the query timeout of 10 s: ask for less (fewer hops, a smaller"
				+ " first, k or limit)";
		this.driver.failNextQueryWith(timedOut());
		expectError("/export/graphml?ids=company:dell", 400, message);
		this.driver.failNextQueryWith(timedOut());
		// properties: read from the database (a subgraph without them is answered from memory)
		this.graphQlTester.document("query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id properties } } }")
			.variable("ids", List.of("company:dell"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).isEqualTo(message);
			}));
	}

	private static ClientException timedOut() {
		return new ClientException("Neo.ClientError.Transaction.TransactionTimedOut",
				"The transaction has been terminated. Retry your operation in a new transaction.");
	}

	private ResultActions expectError(String url, int status, String message) throws Exception {
		return this.mvc.perform(get(url))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.error").value(message))
			.andExpect(jsonPath("$.length()").value(1));
	}

	private ParsedGraph export(String format, String query) throws Exception {
		if (format.equals("csv")) {
			return ParsedGraph.csv(download("nodes.csv", query), download("edges.csv", query));
		}
		byte[] file = download(format, query);
		return switch (format) {
			case "graphml" -> ParsedGraph.graphMl(file);
			case "gexf" -> ParsedGraph.gexf(file);
			default -> ParsedGraph.cytoscapeJson(file);
		};
	}

	private byte[] download(String format, String query) throws Exception {
		return this.mvc.perform(get("/export/" + format + "?" + query))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
