package org.ecograph.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ecograph.model.EntityNames;
import org.ecograph.model.GraphVersion;
import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies versioned scripts: each pending script in version order, each in one transaction that is validated
 * before it commits: over what the script touched when Neo4j runs in this JVM ({@link ScriptValidationListener}), over
 * the whole graph otherwise. Applied scripts are recorded with their checksum and never run twice; a changed applied script
 * is refused before anything runs.
 */
@Component
public class ScriptLoader implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ScriptLoader.class);

	private final WriteTarget target;

	/** Validates at commit what a script touched; {@code null} when Neo4j does not run in this JVM. */
	private final ScriptValidationListener listener;

	private final Runnable unregister;

	/** A loader writing to the server's default database, validating the whole graph after each script. */
	public ScriptLoader(Driver driver) {
		this(driver, null, (EmbeddedNeo4jServer) null);
	}

	/** The loader of the application: with the embedded server when there is one. */
	@org.springframework.beans.factory.annotation.Autowired
	ScriptLoader(Driver driver, DatabaseSelectionProvider databases, ObjectProvider<EmbeddedNeo4jServer> embedded) {
		this(driver, databases, embedded.getIfAvailable());
	}

	/**
	 * A loader writing to the database Spring Data Neo4j reads ({@code spring.data.neo4j.database}). With the embedded
	 * server it validates what each script touched (a listener on that server sees the script's changes); over an
	 * external Neo4j it validates the whole graph after each script.
	 */
	public ScriptLoader(Driver driver, DatabaseSelectionProvider databases, EmbeddedNeo4jServer embedded) {
		this.target = WriteTarget.of(driver, databases);
		if (embedded == null) {
			this.listener = null;
			this.unregister = () -> {
			};
		}
		else {
			ScriptValidationListener listener = new ScriptValidationListener();
			String database = this.target.database() != null ? this.target.database()
					: GraphDatabaseSettings.DEFAULT_DATABASE_NAME;
			embedded.managementService().registerTransactionEventListener(database, listener);
			this.listener = listener;
			this.unregister = () -> embedded.managementService().unregisterTransactionEventListener(database, listener);
		}
	}

	@Override
	public void destroy() {
		this.unregister.run();
	}

	/** Whether validation costs what a script touched (embedded Neo4j) rather than a scan of the whole graph. */
	public boolean validatesScoped() {
		return this.listener != null;
	}

	/** Where this loader writes. */
	WriteTarget target() {
		return this.target;
	}

	/**
	 * Loads the scripts that have not been applied yet.
	 * @param scripts scripts in any order (typically from {@link ScriptFinder})
	 * @param dryRun run and validate everything, then roll it all back
	 * @return what was done
	 * @throws LoadException when a script is refused; scripts before it in version order stay applied
	 */
	public LoadReport load(List<CypherScript> scripts, boolean dryRun) {
		long started = System.nanoTime();
		if (!dryRun) {
			ScriptHistory.ensureSchema(this.target);
		}
		Map<Integer, AppliedScript> applied = ScriptHistory.applied(this.target)
			.stream()
			.collect(Collectors.toMap(AppliedScript::version, Function.identity()));
		List<ScriptOutcome> outcomes = new ArrayList<>();
		List<Plan> pending = new ArrayList<>();
		for (CypherScript script : scripts.stream().sorted(Comparator.comparingInt(CypherScript::version)).toList()) {
			AppliedScript before = applied.get(script.version());
			if (before == null) {
				pending.add(Plan.of(script));
			}
			else if (!before.checksum().equals(script.checksum())) {
				throw new ChecksumMismatchException(script, before);
			}
			else {
				outcomes.add(new ScriptOutcome(script, ScriptOutcome.Action.SKIPPED, StatementCounts.NONE, 0, 0));
			}
		}
		log.info("{} script(s) found, {} already applied, {} to {}; validation: {}", scripts.size(), outcomes.size(),
				pending.size(), dryRun ? "validate (dry run)" : "apply",
				validatesScoped() ? "what each script touched (embedded Neo4j)"
						: "the whole graph after each script (external Neo4j: this loader cannot see what a script "
								+ "touched)");
		outcomes.addAll(dryRun ? validateAll(pending) : applyAll(pending));
		outcomes.sort(Comparator.comparingInt(o -> o.script().version()));
		LoadReport report = new LoadReport(List.copyOf(outcomes), dryRun, millisSince(started));
		log.info(report.summary());
		return report;
	}

	private List<ScriptOutcome> applyAll(List<Plan> pending) {
		List<ScriptOutcome> outcomes = new ArrayList<>();
		for (Plan plan : pending) {
			ScriptOutcome outcome = apply(plan);
			log.info(outcome.toString());
			outcomes.add(outcome);
		}
		return outcomes;
	}

	private ScriptOutcome apply(Plan plan) {
		long started = System.nanoTime();
		StatementCounts counts;
		if (!plan.schemaOnly() && validatesScoped()) {
			return applyScoped(plan, started);
		}
		try (Session session = this.target.session(); Transaction tx = session.beginTransaction()) {
			counts = execute(tx, plan);
			if (!plan.schemaOnly()) {
				long finishing = System.nanoTime();
				// the version's write lock first: no other writer commits between this validation and the commit
				long version = GraphVersion.bump(tx);
				tx.run(EntityNames.REFRESH).consume();
				ScriptChanges.stampAll(tx);
				checkValid(tx, plan, List.of());
				log.info("V{}: search keys, recordedAt and the whole graph validated in {} ms", plan.script().version(),
						millisSince(finishing));
				ScriptChanges.record(tx, version, plan.script());
				ScriptHistory.record(tx, plan.script(), counts, millisSince(started));
			}
			tx.commit();
		}
		if (plan.schemaOnly()) {
			// Neo4j forbids data writes after schema changes in one transaction; the record follows on its own.
			try (Session session = this.target.session()) {
				StatementCounts schemaCounts = counts;
				session.executeWriteWithoutResult(
						tx -> ScriptHistory.record(tx, plan.script(), schemaCounts, millisSince(started)));
			}
		}
		return new ScriptOutcome(plan.script(), ScriptOutcome.Action.APPLIED, counts, plan.statements().size(),
				millisSince(started));
	}

	/** A data script validated at its commit by the listener, at the cost of what it touched. */
	private ScriptOutcome applyScoped(Plan plan, long started) {
		String token = this.listener.expect(false);
		try (Session session = this.target.session();
				Transaction tx = session.beginTransaction(tagged(token))) {
			StatementCounts counts = execute(tx, plan);
			ScriptChanges.record(tx, GraphVersion.bump(tx), plan.script());
			ScriptHistory.record(tx, plan.script(), counts, millisSince(started));
			long committing = System.nanoTime();
			commitValidated(tx, token, plan, List.of());
			log.info("V{}: validated and committed in {} ms", plan.script().version(), millisSince(committing));
			return new ScriptOutcome(plan.script(), ScriptOutcome.Action.APPLIED, counts, plan.statements().size(),
					millisSince(started));
		}
		finally {
			this.listener.forget(token);
		}
	}

	/** Commits; when the listener vetoed the commit, throws the violations it found, as the whole-graph check does. */
	private void commitValidated(Transaction tx, String token, Plan plan, List<Plan> earlier) {
		try {
			tx.commit();
		}
		catch (Neo4jException ex) {
			List<Violation> violations = this.listener.violations(token);
			if (violations == null || violations.isEmpty()) {
				throw ScriptFailedException.statementFailed(plan.script(), plan.statements().get(0),
						"the transaction could not commit: " + ex.getMessage());
			}
			throw ScriptFailedException.ruleBroken(plan.script(), firstOffendingLine(plan, earlier, violations),
					violations);
		}
	}

	/**
	 * Runs {@code earlier} and the first {@code statements} of {@code plan} in a transaction the listener validates and
	 * rolls back; the violations and what the plan's statements changed.
	 */
	private Trial trial(List<Plan> earlier, Plan plan, int statements, Set<ValidationRule> rules) {
		String token = this.listener.expect(true, rules);
		try (Session session = this.target.session();
				Transaction tx = session.beginTransaction(tagged(token))) {
			for (Plan before : earlier) {
				execute(tx, before);
			}
			StatementCounts counts = execute(tx, plan.withFirst(statements));
			try {
				tx.commit();
			}
			catch (Neo4jException ex) {
				// the listener's veto: a trial never commits
			}
			List<Violation> violations = this.listener.violations(token);
			if (violations == null) {
				throw new IllegalStateException("The validation of " + plan.script().label() + " did not run");
			}
			return new Trial(counts, violations);
		}
		finally {
			this.listener.forget(token);
		}
	}

	private static TransactionConfig tagged(String token) {
		return TransactionConfig.builder().withMetadata(Map.of(ScriptValidationListener.METADATA_KEY, token)).build();
	}

	private record Trial(StatementCounts counts, List<Violation> violations) {
	}

	/** Runs every pending script as a real load would, then rolls everything back. */
	private List<ScriptOutcome> validateAll(List<Plan> pending) {
		List<ScriptOutcome> outcomes = new ArrayList<>();
		List<Plan> dataPlans = pending.stream().filter(p -> !p.schemaOnly()).toList();
		for (Plan plan : pending.stream().filter(Plan::schemaOnly).toList()) {
			long started = System.nanoTime();
			try (Session session = this.target.session(); Transaction tx = session.beginTransaction()) {
				outcomes.add(validated(plan, execute(tx, plan), started));
				tx.rollback();
			}
		}
		if (validatesScoped()) {
			// Each script is validated over what it and the scripts before it touched: a trial per script.
			List<Plan> done = new ArrayList<>();
			for (Plan plan : dataPlans) {
				long started = System.nanoTime();
				Trial trial = trial(done, plan, plan.statements().size(), Set.of(ValidationRule.values()));
				if (!trial.violations().isEmpty()) {
					throw ScriptFailedException.ruleBroken(plan.script(),
							firstOffendingLine(plan, done, trial.violations()), trial.violations());
				}
				outcomes.add(validated(plan, trial.counts(), started));
				done.add(plan);
			}
			return outcomes;
		}
		try (Session session = this.target.session(); Transaction tx = session.beginTransaction()) {
			List<Plan> done = new ArrayList<>();
			for (Plan plan : dataPlans) {
				long started = System.nanoTime();
				StatementCounts counts = execute(tx, plan);
				tx.run(EntityNames.REFRESH).consume();
				checkValid(tx, plan, done);
				outcomes.add(validated(plan, counts, started));
				done.add(plan);
			}
			tx.rollback();
		}
		return outcomes;
	}

	private ScriptOutcome validated(Plan plan, StatementCounts counts, long started) {
		ScriptOutcome outcome = new ScriptOutcome(plan.script(), ScriptOutcome.Action.VALIDATED, counts,
				plan.statements().size(), millisSince(started));
		log.info(outcome.toString());
		return outcome;
	}

	private StatementCounts execute(Transaction tx, Plan plan) {
		StatementCounts total = StatementCounts.NONE;
		try (ScriptProgress progress = new ScriptProgress(plan.script(), plan.statements().size())) {
			for (Statement statement : plan.statements()) {
				progress.starting(statement);
				StatementCounts counts = execute(tx, plan.script(), statement);
				progress.finished(statement, counts);
				total = total.plus(counts);
			}
		}
		return total;
	}

	private static StatementCounts execute(Transaction tx, CypherScript script, Statement statement) {
		StatementCounts counts;
		try {
			counts = StatementCounts.of(tx.run(statement.text()).consume().counters());
		}
		catch (Neo4jException ex) {
			throw ScriptFailedException.statementFailed(script, statement, ex.getMessage());
		}
		if (!counts.changedAnything() && !statement.isSchemaCommand()) {
			throw ScriptFailedException.statementFailed(script, statement, "the statement changed nothing. Every "
					+ "statement of a script must write; a MATCH that finds no rows (a missing or misspelled id?) "
					+ "makes the statement silently do nothing.");
		}
		return counts;
	}

	/**
	 * Validates the graph in {@code tx}; on violations, finds the first statement that caused one by replaying the
	 * scripts in a throw-away transaction, and throws.
	 */
	private void checkValid(Transaction tx, Plan plan, List<Plan> earlier) {
		List<Violation> violations = GraphValidator.violations(tx);
		if (violations.isEmpty()) {
			return;
		}
		tx.rollback();
		throw ScriptFailedException.ruleBroken(plan.script(), firstOffendingLine(plan, earlier, violations),
				violations);
	}

	private int firstOffendingLine(Plan plan, List<Plan> earlier, List<Violation> found) {
		if (validatesScoped()) {
			// The first statement after which a broken rule is broken; the last one needs no trial.
			Set<ValidationRule> rules = found.stream().map(Violation::rule).collect(Collectors.toSet());
			for (int i = 1; i < plan.statements().size(); i++) {
				if (!trial(earlier, plan, i, rules).violations().isEmpty()) {
					return plan.statements().get(i - 1).line();
				}
			}
			return plan.statements().get(plan.statements().size() - 1).line();
		}
		try (Session session = this.target.session(); Transaction tx = session.beginTransaction()) {
			for (Plan before : earlier) {
				execute(tx, before);
			}
			for (Statement statement : plan.statements()) {
				execute(tx, plan.script(), statement);
				if (!GraphValidator.violations(tx).isEmpty()) {
					return statement.line();
				}
			}
			return 0;
		}
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	/** A script parsed into statements, checked not to mix schema and data changes. */
	private record Plan(CypherScript script, List<Statement> statements, boolean schemaOnly) {

		static Plan of(CypherScript script) {
			List<Statement> statements;
			try {
				statements = script.statements();
			}
			catch (IllegalArgumentException ex) {
				throw ScriptFailedException.invalidScript(script, 0, ex.getMessage());
			}
			if (statements.isEmpty()) {
				throw ScriptFailedException.invalidScript(script, 1, "the script has no statements");
			}
			List<Statement> schema = statements.stream().filter(Statement::isSchemaCommand).toList();
			if (!schema.isEmpty() && schema.size() < statements.size()) {
				Statement data = statements.stream().filter(s -> !s.isSchemaCommand()).findFirst().orElseThrow();
				throw ScriptFailedException.invalidScript(script, data.line(), ("it mixes schema commands (line %d) "
						+ "with data statements (line %d), which Neo4j cannot run in one transaction. Put constraints "
						+ "and indexes in a script of their own.").formatted(schema.get(0).line(), data.line()));
			}
			return new Plan(script, statements, !schema.isEmpty());
		}

		/** The plan of the first {@code n} statements only. */
		Plan withFirst(int n) {
			return n == this.statements.size() ? this : new Plan(this.script, this.statements.subList(0, n),
					this.schemaOnly);
		}

	}

}
