package org.ecograph.analysis.projection;

import java.util.List;
import java.util.Map;

import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.WritableGraphTest;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the analysis snapshot's update after a steward's change sends to Neo4j, counted by {@link DriverQueryCounter}:
 * the graph version with the changes since and the resolved ids, then what the changes touched; two statements
 * (five before 2026-12-05), so a change that adds round trips to every version's update fails.
 */
@WritableGraphTest
@Import(DriverQueryCounter.class)
class ProjectionUpdateStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	ProjectionLoader loader;

	@Autowired
	DriverQueryCounter counter;

	@Test
	void anUpdateAfterAClaimsChangeIsTwoStatements() {
		String u = Long.toString(System.nanoTime(), 36);
		GraphQlTester steward = MockMvcGraphQlTransport.tester(this.mvc, this.json,
				this.tokens.create(Role.STEWARD, "update-statements-" + u).secret());
		ClaimProjection current = this.loader.build(n -> {
		});
		String claim = "claim:update-statements-" + u;
		for (Map<String, Object> input : List.of(
				Map.<String, Object>of("id", claim, "kind", "SUPPLIES", "from", "company:nvidia",
						"to", "company:openai", "status", "REPORTED", "sources", List.of("source:c9490bf9877dc2fc"),
						"amountUsd", 1.0),
				Map.<String, Object>of("id", claim, "amountUsd", 2.0))) {
			steward.documentName("steward-upsertClaim")
				.variable("input", input)
				.execute()
				.path("upsertClaim.userErrors")
				.entityList(Object.class)
				.hasSize(0);
			this.counter.clear();
			ProjectionLoader.Updated updated = this.loader.updated(current);
			assertThat(updated).as("an update, not a rebuild").isNotNull();
			assertThat(updated.projection().version()).isGreaterThan(current.version());
			assertThat(updated.changedAt()).contains("company:nvidia", "company:openai");
			assertThat(this.counter.observedOnThisThread()).extracting(DriverQueryCounter.Statement::text)
				.hasSize(2)
				.first()
				.satisfies(text -> assertThat(text).contains("GraphVersion").contains("c.seq > $since")
					.contains("MergedId"));
			current = updated.projection();
		}
	}

}
