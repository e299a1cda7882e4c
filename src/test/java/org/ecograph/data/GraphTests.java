package org.ecograph.data;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.ecograph.SeededGraphTest;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.resilience.retry.AbstractRetryInterceptor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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

	@Autowired
	ApplicationContext context;

	@Test
	void runsStatementsInsideTheEmbeddedDatabaseByDefault() {
		assertThat(this.context.getBean(PlatformTransactionManager.class))
			.isInstanceOf(InProcessTransactionManager.class);
		assertThat(this.context.getBean(StatementRunner.class)).isInstanceOf(InProcessStatements.class);
		GraphDatabaseService database = this.context.getBean(GraphDatabaseService.class);
		this.driver.clear();

		this.transactions.read(() -> this.graph.query("RETURN $n AS n").bind("n", 7).single(row -> row.integer("n")));

		assertThat(this.driver.observedOnThisThread()).singleElement().satisfies(statement -> {
			assertThat(statement.text()).isEqualTo("RETURN $n AS n");
			assertThat(statement.database()).isEqualTo(database.databaseName());
			assertThat(statement.transactional()).isTrue();
		});
	}

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

	@Test
	void aReadEndedByAConcurrentWriteRunsAgainInANewTransaction() {
		AtomicInteger attempts = new AtomicInteger();

		long version = this.transactions.read(() -> {
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
			long read = this.versions.read();
			if (attempts.incrementAndGet() == 1) {
				throw outdated();
			}
			return read;
		});

		assertThat(attempts).hasValue(2);
		assertThat(version).isEqualTo(this.transactions.read(this.versions::read));
	}

	@Test
	void aReadThatKeepsMeetingConcurrentWritesGivesUpWithTheConcurrentChange() {
		AtomicInteger attempts = new AtomicInteger();

		assertThatThrownBy(() -> this.transactions.read(() -> {
			attempts.incrementAndGet();
			this.versions.read();
			throw outdated();
		})).satisfies(failure -> assertThat(DatabaseFailure.of(failure)).contains(DatabaseFailure.CONCURRENT_CHANGE));

		assertThat(attempts).hasValue(1 + ReadRetry.MAX_RETRIES);
	}

	@Test
	void aReadThatJoinedItsCallersTransactionOrFailedOtherwiseIsNotRunAgain() {
		AtomicInteger joined = new AtomicInteger();
		AtomicInteger other = new AtomicInteger();

		assertThatThrownBy(() -> this.transactions.read(() -> this.transactions.read(() -> {
			joined.incrementAndGet();
			throw outdated();
		}))).isInstanceOf(TransientException.class);
		assertThatThrownBy(() -> this.transactions.read(() -> {
			other.incrementAndGet();
			throw new IllegalStateException("not a concurrent change");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(joined).as("the outer read is retried, not the joined one: once each").hasValue(1 + ReadRetry.MAX_RETRIES);
		assertThat(other).hasValue(1);
	}

	@Test
	void everyGraphReadIsRetriedAroundItsTransactionNotInsideIt() {
		Map<String, Object> reads = this.context.getBeansWithAnnotation(GraphRead.class);

		assertThat(reads).as("the catalogs").hasSizeGreaterThanOrEqualTo(5);
		reads.forEach((name, bean) -> {
			assertThat(bean).as(name).isInstanceOf(Advised.class);
			List<?> advice = Stream.of(((Advised) bean).getAdvisors()).map(Advisor::getAdvice).toList();
			int retry = indexOf(advice, AbstractRetryInterceptor.class);
			int transaction = indexOf(advice, TransactionInterceptor.class);
			assertThat(retry).as("%s retries", name).isNotNegative();
			assertThat(transaction).as("%s begins a transaction", name).isNotNegative();
			assertThat(retry).as("%s: the retry wraps the transaction", name).isLessThan(transaction);
		});
	}

	private static int indexOf(List<?> advice, Class<?> type) {
		for (int i = 0; i < advice.size(); i++) {
			if (type.isInstance(advice.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** What Neo4j throws at a read that met a concurrent commit on what it read. */
	private static TransientException outdated() {
		return new TransientException("Neo.TransientError.Transaction.Outdated",
				"The transaction read outdated data and cannot be recovered due to concurrent data modification."
						+ " Retry the transaction.");
	}

}
