package org.ecograph.observability;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.tracing.Tracer;
import org.ecograph.MockMvcGraphQlTransport;
import org.ecograph.WritableGraphTest;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code /actuator/prometheus} on the application's port: an admin token reads the meters of GraphQL operations, the
 * analysis projection, the caches and the steward's changes; any other caller is refused. Readiness waits for the
 * analysis projection.
 */
@WritableGraphTest
class MetricsEndpointTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	ApplicationContext context;

	private final long unique = System.nanoTime();

	@Test
	void anInfluencePathsRequestIsTimedUnderItsOperationName() throws Exception {
		MockMvcGraphQlTransport.tester(this.mvc, this.json, null)
			.documentName("analysis-influencePaths")
			.variable("from", "company:softbank")
			.variable("to", "company:vertiv")
			.execute()
			.path("influencePaths")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);

		String metrics = scrape(admin());

		assertThat(count(metrics, "graphql_request_seconds_count", "graphql_operation_name=\"influencePaths\"",
				"graphql_operation_type=\"query\"", "graphql_outcome=\"SUCCESS\"")).isGreaterThanOrEqualTo(1);
		assertThat(count(metrics, "graphql_request_seconds_bucket", "graphql_operation_name=\"influencePaths\"",
				"le=\"10.0\"")).isGreaterThanOrEqualTo(1);
		assertThat(count(metrics, "graphql_datafetcher_seconds_count", "graphql_field_name=\"influencePaths\""))
			.isGreaterThanOrEqualTo(1);
		// the variables' values are no tag
		assertThat(metrics).doesNotContain("company:softbank").doesNotContain("company:vertiv");
		// timed without a tracer: tracing is left out while spans are not exported (TracingSwitch)
		assertThat(this.context.getBeanProvider(Tracer.class).getIfAvailable()).isNull();
	}

	@Test
	void theProjectionAndTheCachesAreMeasured() throws Exception {
		awaitReady();
		String metrics = scrape(admin());

		assertThat(value(metrics, "ecograph_projection_ready")).isEqualTo(1.0);
		assertThat(value(metrics, "ecograph_projection_version")).isGreaterThan(0);
		assertThat(value(metrics, "ecograph_projection_entities")).isGreaterThan(0);
		assertThat(value(metrics, "ecograph_projection_claims")).isGreaterThan(0);
		assertThat(value(metrics, "ecograph_projection_memory_estimated_bytes")).isGreaterThan(0);
		assertThat(value(metrics, "ecograph_projection_lag_versions")).isGreaterThanOrEqualTo(0);
		assertThat(value(metrics, "ecograph_projection_database_version"))
			.isGreaterThanOrEqualTo(value(metrics, "ecograph_projection_version"));
		assertThat(metrics).contains("ecograph_projection_refresh_seconds_count{", "kind=\"build\"",
				"kind=\"update\"", "kind=\"restore\"", "ecograph_projection_refresh_failures_total");
		for (String cache : new String[] { "graphql.documents", "analysis.entities", "analysis.claims",
				"analysis.rankings", "analysis.answers" }) {
			assertThat(count(metrics, "cache_gets_total", "cache=\"" + cache + "\"", "result=\"hit\"")).as(cache)
				.isGreaterThanOrEqualTo(0);
			assertThat(metrics).as(cache).contains("cache_size{").contains("cache=\"" + cache + "\"");
		}
	}

	@Test
	void aRefusedStewardChangeIsCountedByItsOutcome() throws Exception {
		String steward = this.tokens.create(Role.STEWARD, "metrics-steward-" + this.unique).secret();
		String claim = "claim:metrics-missing-" + this.unique;
		MockMvcGraphQlTransport.tester(this.mvc, this.json, steward)
			.documentName("steward-retractClaim")
			.variable("input", Map.of("id", claim, "reason", "gone"))
			.execute()
			.path("retractClaim.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("NOT_FOUND");

		String metrics = scrape(admin());

		assertThat(count(metrics, "ecograph_steward_change_seconds_count", "operation=\"retractClaim\"",
				"outcome=\"not_found\"")).isGreaterThanOrEqualTo(1);
		assertThat(count(metrics, "graphql_request_seconds_count", "graphql_operation_name=\"retractClaim\"",
				"graphql_operation_type=\"mutation\"")).isGreaterThanOrEqualTo(1);
		assertThat(metrics).doesNotContain(claim);
	}

	@Test
	void aChangeRefusedByAValidationRuleTimesItsValidation() throws Exception {
		String steward = this.tokens.create(Role.STEWARD, "metrics-validated-" + this.unique).secret();
		MockMvcGraphQlTransport.tester(this.mvc, this.json, steward)
			.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", "program:metrics-refused-" + this.unique, "name", "Refused", "budgetUsd", -5))
			.execute()
			.path("upsertEntity.userErrors[0].code")
			.entity(String.class)
			.isEqualTo("RULE_BROKEN");

		String metrics = scrape(admin());

		assertThat(count(metrics, "ecograph_steward_validation_seconds_count", "operation=\"upsertEntity\""))
			.isGreaterThanOrEqualTo(1);
		assertThat(count(metrics, "ecograph_steward_change_seconds_count", "operation=\"upsertEntity\"",
				"outcome=\"rule_broken\"")).isGreaterThanOrEqualTo(1);
	}

	/** The Grafana dashboard and the endpoint are held together: every metric a panel queries is served. */
	@Test
	void everyMetricTheDashboardQueriesIsServed() throws Exception {
		anInfluencePathsRequestIsTimedUnderItsOperationName();
		aChangeRefusedByAValidationRuleTimesItsValidation();
		awaitReady();
		System.gc(); // so the GC pause timer has a sample
		String metrics = scrape(admin());

		Set<String> queried = new TreeSet<>();
		Matcher names = Pattern.compile("\\b([a-z_]+)\\{").matcher(Files.readString(Path.of("docs/grafana/ecograph.json")));
		while (names.find()) {
			queried.add(names.group(1));
		}
		assertThat(queried).contains("graphql_request_seconds_bucket", "ecograph_projection_lag_versions",
				"cache_gets_total", "ecograph_steward_change_seconds_count");
		assertThat(queried).allSatisfy(name -> assertThat(metrics).as(name).containsPattern("(?m)^" + name + "\\{"));
	}

	@Test
	void onlyAnAdminTokenReadsTheMetrics() throws Exception {
		MvcResult anonymous = this.mvc.perform(get("/actuator/prometheus")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
		assertThat(body(anonymous)).contains("\"classification\":\"UNAUTHENTICATED\"",
				"The metrics are readable with an admin token only");

		for (Role role : new Role[] { Role.ANALYST, Role.STEWARD }) {
			String token = this.tokens.create(role, "metrics-" + role.name().toLowerCase() + "-" + this.unique).secret();
			MvcResult refused = this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token))
				.andReturn();
			assertThat(refused.getResponse().getStatus()).as(role.name()).isEqualTo(403);
			assertThat(body(refused)).as(role.name())
				.contains("\"classification\":\"FORBIDDEN\"", "The metrics are readable with an admin token only")
				.doesNotContain("graphql_request");
		}
	}

	@Test
	void readinessIsUpOnceTheAnalysisIsReadyAndLivenessDoesNotWaitForIt() throws Exception {
		awaitReady();
		MvcResult readiness = this.mvc.perform(get("/actuator/health/readiness")).andReturn();
		assertThat(readiness.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(readiness)).contains("\"analysis\":{", "\"graphVersion\":");

		MvcResult liveness = this.mvc.perform(get("/actuator/health/liveness")).andReturn();
		assertThat(liveness.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(liveness)).doesNotContain("analysis");
	}

	private String admin() {
		return this.tokens.create(Role.ADMIN, "metrics-admin-" + System.nanoTime()).secret();
	}

	private String scrape(String token) throws Exception {
		MvcResult result = this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + token))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return body(result);
	}

	/** Waits until the readiness group is UP: the first snapshot is built in the background after start. */
	private void awaitReady() throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (this.mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus() != 200) {
			assertThat(System.nanoTime()).as("readiness within 120 s").isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	/** The sum of the samples of {@code metric} whose labels contain every one of {@code labels}; -1 for none. */
	private static double count(String metrics, String metric, String... labels) {
		double sum = -1;
		for (String line : metrics.split("\n")) {
			if (!line.startsWith(metric + "{")) {
				continue;
			}
			String labelText = line.substring(metric.length(), line.lastIndexOf('}') + 1);
			boolean all = true;
			for (String label : labels) {
				all &= labelText.contains(label);
			}
			if (all) {
				sum = Math.max(sum, 0) + Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
			}
		}
		return sum;
	}

	private static double value(String metrics, String metric) {
		Matcher m = Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{[^}]*} (\\S+)$").matcher(metrics);
		assertThat(m.find()).as(metric).isTrue();
		return Double.parseDouble(m.group(1));
	}

	private static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
