package org.ecograph.steward;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.neo4j.driver.Driver;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.ecograph.MockMvcGraphQlTransport;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Role-specific testers (each with a fresh token of its role) and a fingerprint of the whole graph. */
final class StewardTesters {

	final GraphQlTester anonymous;

	final GraphQlTester analyst;

	final GraphQlTester steward;

	final GraphQlTester admin;

	final String stewardName;

	private final Driver driver;

	StewardTesters(MockMvc mvc, JsonMapper json, ApiTokenStore tokens, Driver driver) {
		long unique = System.nanoTime();
		this.anonymous = MockMvcGraphQlTransport.tester(mvc, json, null);
		this.analyst = MockMvcGraphQlTransport.tester(mvc, json, tokens.create(Role.ANALYST, "analyst-" + unique).secret());
		this.stewardName = "steward-" + unique;
		this.steward = MockMvcGraphQlTransport.tester(mvc, json, tokens.create(Role.STEWARD, this.stewardName).secret());
		this.admin = MockMvcGraphQlTransport.tester(mvc, json, tokens.create(Role.ADMIN, "admin-" + unique).secret());
		this.driver = driver;
	}

	/** Every node (but tokens) and relationship with its properties: equal means nothing was written. */
	String fingerprint() {
		List<String> nodes = this.driver.executableQuery("""
				MATCH (n) WHERE NOT n:ApiToken RETURN labels(n) AS labels, properties(n) AS props""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("labels").asList().stream().sorted().toList() + " " + new TreeMap<>(r.get("props").asMap()))
			.sorted()
			.toList();
		List<String> relationships = this.driver.executableQuery("""
				MATCH (a)-[r]->(b) RETURN a.id + ' ' + type(r) + ' ' + b.id AS edge, properties(r) AS props""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("edge").asString() + " " + new TreeMap<>(r.get("props").asMap()))
			.sorted()
			.toList();
		return nodes.size() + " nodes, " + relationships.size() + " relationships\n" + String.join("\n", nodes)
				+ "\n" + String.join("\n", relationships);
	}

	/** The payload's user errors, asserting there is at least one. */
	static List<Map<String, Object>> userErrors(GraphQlTester.Response response, String field) {
		List<Map<String, Object>> errors = response.path(field + ".userErrors").entityList(mapType()).get();
		assertThat(errors).isNotEmpty();
		return errors;
	}

	@SuppressWarnings("unchecked")
	static Class<Map<String, Object>> mapType() {
		return (Class<Map<String, Object>>) (Class<?>) Map.class;
	}

}
