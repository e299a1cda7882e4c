package org.ecograph.api;

import org.ecograph.SeededGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

@SeededGraphTest
class AnalysisScratchTests {

	@Autowired
	GraphQlTester graphQlTester;

	@Test
	void dump() {
		dump(graphQlTester.documentName("analysis-influencePaths").variable("from", "company:softbank").variable("to", "company:vertiv"));
		dump(graphQlTester.documentName("analysis-influencePaths").variable("from", "company:softbank").variable("to", "company:vertiv").variable("rankBy", "HOPS"));
		dump(graphQlTester.documentName("analysis-exposure").variable("entity", "company:nvidia").variable("maxPaths", 1));
		dump(graphQlTester.documentName("analysis-exposure").variable("entity", "program:stargate").variable("direction", "DOWNSTREAM").variable("maxPaths", 1));
		dump(graphQlTester.documentName("analysis-ranking"));
		dump(graphQlTester.documentName("analysis-fundingSummary").variable("target", "program:stargate"));
		dump(graphQlTester.documentName("analysis-influencePaths").variable("from", "company:softbank").variable("to", "company:vertiv").variable("maxHops", 9));
		dump(graphQlTester.documentName("analysis-influencePaths").variable("from", "company:nope").variable("to", "company:vertiv"));
	}

	private void dump(GraphQlTester.Request<?> request) {
		request.execute().errors().satisfy(e -> System.out.println("ERRORS " + e)).path("$").entity(Object.class).satisfies(o -> System.out.println("DATA " + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(o).toPrettyString()));
	}

}
