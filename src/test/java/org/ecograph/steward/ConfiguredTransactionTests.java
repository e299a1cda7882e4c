package org.ecograph.steward;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ecograph.backup.BackupWriter;
import org.ecograph.data.DriverQueryCounter;
import org.ecograph.data.DriverQueryCounter.Statement;
import org.ecograph.security.ApiTokenStore;
import org.ecograph.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every statement of a steward mutation, a token check and a backup runs on the configured database, in an explicit
 * transaction with the configured timeout, as the real driver sees it ({@link DriverQueryCounter} wraps the driver
 * bean and records each session's configuration and each statement; nothing is mocked). The database is named
 * explicitly (embedded Community has only {@code neo4j}), so a statement on the server's default database, which
 * names none, is told apart. The analysis does not warm up, so no projection build runs beside what is observed.
 */
@SpringBootTest(properties = { "ecograph.neo4j.home=target/neo4j-tests/configured-${random.uuid}",
		"ecograph.neo4j.bolt-port=0", "spring.data.neo4j.database=" + ConfiguredTransactionTests.DATABASE,
		"ecograph.neo4j.query-timeout=10s", "ecograph.backup.transaction-timeout=7m",
		"ecograph.analysis.warm-up=false" })
@AutoConfigureMockMvc
@Import(DriverQueryCounter.class)
class ConfiguredTransactionTests {

	static final String DATABASE = "neo4j";

	private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration BACKUP_TIMEOUT = Duration.ofMinutes(7);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	ApiTokenStore tokens;

	@Autowired
	BackupWriter backups;

	@Autowired
	DriverQueryCounter observer;

	@Autowired
	Driver driver;

	private StewardTesters as;

	private String unique;

	@BeforeEach
	void testers() {
		this.as = new StewardTesters(this.mvc, this.json, this.tokens, this.driver);
		this.unique = Long.toString(System.nanoTime(), 36);
	}

	@Test
	void aStewardMutationRunsOnTheConfiguredDatabaseWithTheQueryTimeout() {
		String id = "company:configured-" + this.unique;
		this.observer.clear();

		this.as.steward.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", id, "name", "Configured"))
			.execute()
			.path("upsertEntity.userErrors")
			.entityList(Object.class)
			.hasSize(0);

		List<Statement> statements = assertOnTheConfiguredDatabase(QUERY_TIMEOUT);
		assertThat(statements).extracting(Statement::text)
			.anyMatch(text -> text.contains("(t:ApiToken {hash: $hash})"))
			.anyMatch(text -> text.contains("MERGE (v:GraphVersion"))
			.anyMatch(text -> text.contains("MERGE (n:Entity {id: $id})"))
			.anyMatch(text -> text.contains("CREATE (c:Change)"));
	}

	@Test
	void aRefusedMutationRunsTheSameWayAndLeavesNothingWritten() {
		String before = this.as.fingerprint();
		this.observer.clear();

		Map<String, Object> error = StewardTesters.userErrors(this.as.steward.documentName("steward-upsertEntity")
			.variable("input", Map.of("id", "program:refused-" + this.unique, "name", "Refused", "budgetUsd", -5))
			.execute(), "upsertEntity").get(0);

		assertThat(error).containsEntry("code", "RULE_BROKEN");
		List<Statement> statements = assertOnTheConfiguredDatabase(QUERY_TIMEOUT);
		assertThat(statements).extracting(Statement::text)
			.as("the entity was written, then rolled back")
			.anyMatch(text -> text.contains("MERGE (n:Entity {id: $id})"))
			.noneMatch(text -> text.contains("CREATE (c:Change)"));
		assertThat(this.as.fingerprint()).isEqualTo(before);
	}

	@Test
	void aTokenCheckRunsOnTheConfiguredDatabaseWithTheQueryTimeout() throws Exception {
		String secret = this.tokens.create(Role.ANALYST, "configured-" + this.unique).secret();
		this.observer.clear();

		MvcResult result = this.mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "Bearer " + secret)
			.content("{\"query\": \"{ __typename }\"}")).andReturn();
		if (result.getRequest().isAsyncStarted()) {
			result = this.mvc.perform(asyncDispatch(result)).andReturn();
		}

		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"__typename\":\"Query\"");
		List<Statement> statements = assertOnTheConfiguredDatabase(QUERY_TIMEOUT);
		assertThat(statements).extracting(Statement::text)
			.anyMatch(text -> text.contains("(t:ApiToken {hash: $hash})"));
	}

	@Test
	void aBackupRunsOnTheConfiguredDatabaseInOneTransactionWithTheBackupTimeout(@TempDir Path folder)
			throws Exception {
		this.observer.clear();

		BackupWriter.Summary summary = this.backups.write(folder.resolve("backup"));

		assertThat(summary.claims()).isPositive();
		List<Statement> statements = assertOnTheConfiguredDatabase(BACKUP_TIMEOUT);
		assertThat(statements).extracting(Statement::text)
			.anyMatch(text -> text.startsWith("SHOW CONSTRAINTS"))
			.anyMatch(text -> text.contains("SHOW INDEXES"))
			.anyMatch(text -> text.contains("GraphVersion"));
		assertThat(this.observer.sessions()).as("one snapshot: one session, one transaction").hasSize(1);
	}

	/**
	 * Asserts that every session opened since {@link DriverQueryCounter#clear()} was on the configured database and
	 * every statement ran there in an explicit transaction of {@code timeout}; returns the statements.
	 */
	private List<Statement> assertOnTheConfiguredDatabase(Duration timeout) {
		List<SessionConfig> sessions = this.observer.sessions();
		List<Statement> statements = this.observer.observed();
		assertThat(sessions).isNotEmpty()
			.allSatisfy(session -> assertThat(session.database()).isEqualTo(Optional.of(DATABASE)));
		assertThat(statements).isNotEmpty().allSatisfy(statement -> {
			assertThat(statement.database()).as(statement.text()).isEqualTo(DATABASE);
			assertThat(statement.transactional()).as("in an explicit transaction: " + statement.text()).isTrue();
			assertThat(statement.timeout()).as(statement.text()).isEqualTo(timeout);
		});
		return statements;
	}

}
