package org.ecograph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.ecograph.data.Graph;
import org.ecograph.data.Transactions;
import org.ecograph.data.VetoedCommitLogFilter;
import org.ecograph.data.WriteCounts;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Applies versioned scripts: each pending script in version order, each in one transaction that is validated before
 * it commits: over what the script touched when Neo4j runs in this JVM ({@link ScriptValidationListener}), over the
 * whole graph otherwise. Applied scripts are recorded with their checksum and never run twice; a changed applied
 * script is refused before anything runs.
 * <p>
 * Every statement runs through the data layer in Spring transactions ({@link Transactions}) on the configured
 * database, each with the loader's own timeout ({@link IngestProperties#transactionTimeout()}): a script runs far
 * longer than a query.
 */
@Component
public class ScriptLoader implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ScriptLoader.class);

	private static final String CHANGED_NOTHING = "the statement changed nothing. Every statement of a script must "
			+ "write; a MATCH that finds no rows (a missing or misspelled id?) makes the statement silently do nothing.";

	private final ScriptRepository scripts;

	private final Transactions transactions;

	private final Duration timeout;

	/** Validates at commit what a script touched; {@code null} when Neo4j does not run in this JVM. */
	private final ScriptValidationListener listener;

	/**
	 * With the embedded server, a listener on the database Spring Data Neo4j uses ({@code spring.data.neo4j.database})
	 * validates what each script touched; over an external Neo4j the loader validates the whole graph after each
	 * script.
	 */
	ScriptLoader(ScriptRepository scripts, Transactions transactions, IngestProperties properties,
			ObjectProvider<EmbeddedNeo4jServer> embedded, Graph graph) {
		this.scripts = scripts;
		this.transactions = transactions;
		this.timeout = properties.transactionTimeout();
		EmbeddedNeo4jServer server = embedded.getIfAvailable();
		this.listener = server == null ? null
				: ScriptValidationListener.registeredOn(server, graph.databaseName().orElse(null));
		if (this.listener != null) {
			VetoedCommitLogFilter.install(ScriptValidationListener.VETO);
		}
	}

	@Override
	public void destroy() {
		if (this.listener != null) {
			this.listener.unregister();
		}
	}

	/** Whether validation costs what a script touched (embedded Neo4j) rather than a scan of the whole graph. */
	public boolean validatesScoped() {
		return this.listener != null;
	}

	/**
	 * Loads the scripts that have not been applied yet.
	 * @param scripts scripts in any order (typically from {@link ScriptFinder})
	 * @param dryRun run and validate everything, then roll it all back
	 * @return what was done
	 * @throws LoadException when a script is refused; scripts before it in version order stay applied
	 */
	public LoadReport load(List<CypherScript> scripts, boolean dryRun) {
		return load(scripts, dryRun, false);
	}

	/**
	 * Loads the scripts that have not been applied yet as {@link #load} does, but fast for scripts known to pass (the
	 * bundled ones): the pending schema scripts first, each in its transaction, then every pending data script in
	 * one transaction validated once at its commit, each still recorded as applied with its own graph version and
	 * change. If that batch is refused, it is rolled back and the data scripts are applied one by one, so the refusal
	 * names its script and line as {@link #load} does.
	 * @throws LoadException when a script is refused; the scripts before it in version order stay applied
	 */
	public LoadReport loadAsOneBatch(List<CypherScript> scripts) {
		return load(scripts, false, true);
	}

	private LoadReport load(List<CypherScript> scripts, boolean dryRun, boolean batched) {
		long started = System.nanoTime();
		if (!dryRun) {
			write(() -> {
				this.scripts.ensureHistorySchema();
				return null;
			});
		}
		Map<Integer, AppliedScript> applied = this.transactions.read(this.timeout, this.scripts::applied)
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
		outcomes.addAll(dryRun ? validateAll(pending) : batched ? applyBatched(pending) : applyAll(pending));
		outcomes.sort(Comparator.comparingInt(o -> o.script().version()));
		LoadReport report = new LoadReport(List.copyOf(outcomes), dryRun, millisSince(started));
		log.info(report.summary());
		return report;
	}

	private List<ScriptOutcome> applyAll(List<Plan> pending) {
		List<ScriptOutcome> outcomes = new ArrayList<>();
		boolean schemaChanged = false;
		for (Plan plan : pending) {
			if (schemaChanged && !plan.schemaOnly()) {
				awaitIndexes();
			}
			schemaChanged = plan.schemaOnly();
			ScriptOutcome outcome = apply(plan);
			log.info(outcome.toString());
			outcomes.add(outcome);
		}
		return outcomes;
	}

	/** The schema scripts one by one, then the data scripts in one validated transaction (see {@link #loadAsOneBatch}). */
	private List<ScriptOutcome> applyBatched(List<Plan> pending) {
		List<ScriptOutcome> outcomes = applyAll(pending.stream().filter(Plan::schemaOnly).toList());
		List<Plan> data = pending.stream().filter(p -> !p.schemaOnly()).toList();
		if (!outcomes.isEmpty() && !data.isEmpty()) {
			awaitIndexes();
		}
		if (data.size() < 2) {
			outcomes.addAll(applyAll(data));
			return outcomes;
		}
		List<ScriptOutcome> batch = validatesScoped() ? applyScopedBatch(data) : applyWholeGraphBatch(data);
		if (batch == null) {
			log.info("The {} data scripts were refused as one batch, which is rolled back; applying them one by one to "
					+ "tell which statement is wrong", data.size());
			outcomes.addAll(applyAll(data));
			return outcomes;
		}
		batch.forEach(outcome -> log.info(outcome.toString()));
		outcomes.addAll(batch);
		return outcomes;
	}

	/** The data scripts in one transaction the listener validates at its commit; {@code null} when it refused them. */
	private List<ScriptOutcome> applyScopedBatch(List<Plan> data) {
		String token = this.listener.expect(false);
		try {
			Attempt<List<ScriptOutcome>> attempt = attemptTagged(token, () -> executeBatch(data));
			List<Violation> violations = this.listener.violations(token);
			if (attempt.commitFailure() != null) {
				return null;
			}
			if (violations == null) {
				throw new IllegalStateException("The batch of " + data.size() + " scripts committed without its "
						+ "validation: the listener did not see the transaction");
			}
			log.info("{} data scripts validated as one batch and committed in {} ms", data.size(),
					millisSince(attempt.committing()));
			return attempt.result();
		}
		finally {
			this.listener.forget(token);
		}
	}

	/** The data scripts in one transaction, the whole graph validated once before it commits (external Neo4j). */
	private List<ScriptOutcome> applyWholeGraphBatch(List<Plan> data) {
		return this.transactions.write(this.timeout, status -> {
			List<ScriptOutcome> outcomes = executeBatch(data);
			long finishing = System.nanoTime();
			this.scripts.refreshWholeGraph();
			if (!this.scripts.violations().isEmpty()) {
				status.setRollbackOnly();
				return null;
			}
			log.info("{} data scripts: search keys, recordedAt and the whole graph validated in {} ms", data.size(),
					millisSince(finishing));
			return outcomes;
		});
	}

	/** Runs and records each script in the caller's transaction, each with a graph version and change of its own. */
	private List<ScriptOutcome> executeBatch(List<Plan> data) {
		List<ScriptOutcome> outcomes = new ArrayList<>();
		for (Plan plan : data) {
			long started = System.nanoTime();
			// known scripts (the bundled ones): statements of one shape in one round trip
			StatementCounts counts = execute(plan, true);
			this.scripts.recordChange(this.scripts.bumpVersion(), plan.script());
			this.scripts.recordApplied(plan.script(), counts, millisSince(started));
			outcomes.add(applied(plan, counts, started));
		}
		return outcomes;
	}

	private ScriptOutcome apply(Plan plan) {
		long started = System.nanoTime();
		if (plan.schemaOnly()) {
			StatementCounts counts = write(() -> execute(plan));
			// Neo4j forbids data writes after schema changes in one transaction; the record follows on its own.
			write(() -> {
				this.scripts.recordApplied(plan.script(), counts, millisSince(started));
				return null;
			});
			return applied(plan, counts, started);
		}
		return validatesScoped() ? applyScoped(plan, started) : applyValidatingWholeGraph(plan, started);
	}

	/** A data script validated over the whole graph in its transaction before it commits (external Neo4j). */
	private ScriptOutcome applyValidatingWholeGraph(Plan plan, long started) {
		Checked checked = this.transactions.write(this.timeout, status -> {
			StatementCounts counts = execute(plan);
			long finishing = System.nanoTime();
			// the version's write lock first: no other writer commits between this validation and the commit
			long version = this.scripts.bumpVersion();
			this.scripts.refreshWholeGraph();
			List<Violation> violations = this.scripts.violations();
			if (!violations.isEmpty()) {
				status.setRollbackOnly();
				return new Checked(plan, List.of(), counts, violations);
			}
			log.info("V{}: search keys, recordedAt and the whole graph validated in {} ms", plan.script().version(),
					millisSince(finishing));
			this.scripts.recordChange(version, plan.script());
			this.scripts.recordApplied(plan.script(), counts, millisSince(started));
			return new Checked(plan, List.of(), counts, List.of());
		});
		refuseIfBroken(checked);
		return applied(plan, checked.counts(), started);
	}

	/** A data script validated at its commit by the listener, at the cost of what it touched. */
	private ScriptOutcome applyScoped(Plan plan, long started) {
		String token = this.listener.expect(false);
		try {
			Attempt<StatementCounts> attempt = attemptTagged(token, () -> {
				StatementCounts counts = execute(plan);
				this.scripts.recordChange(this.scripts.bumpVersion(), plan.script());
				this.scripts.recordApplied(plan.script(), counts, millisSince(started));
				return counts;
			});
			List<Violation> violations = this.listener.violations(token);
			if (attempt.commitFailure() != null) {
				if (violations == null || violations.isEmpty()) {
					// Spring logged Neo4j's reason; what it throws is the failed rollback of the closed transaction
					throw ScriptFailedException.statementFailed(plan.script(), plan.statements().get(0),
							"the transaction could not commit (Neo4j's reason is in the log): "
									+ reason(attempt.commitFailure()));
				}
				refuseIfBroken(new Checked(plan, List.of(), attempt.result(), violations));
			}
			if (violations == null) {
				throw new IllegalStateException(plan.script().label() + " committed without its validation: the "
						+ "listener did not see the transaction");
			}
			log.info("V{}: validated and committed in {} ms", plan.script().version(),
					millisSince(attempt.committing()));
			return applied(plan, attempt.result(), started);
		}
		finally {
			this.listener.forget(token);
		}
	}

	/**
	 * Runs {@code earlier} and the first {@code statements} of {@code plan} in a transaction the listener validates and
	 * rolls back; the violations and what the plan's statements changed.
	 */
	private Trial trial(List<Plan> earlier, Plan plan, int statements, Set<ValidationRule> rules) {
		String token = this.listener.expect(true, rules);
		try {
			// the listener's veto ends the attempt: a trial never commits
			Attempt<StatementCounts> attempt = attemptTagged(token, () -> {
				earlier.forEach(this::execute);
				return execute(plan.withFirst(statements));
			});
			List<Violation> violations = this.listener.violations(token);
			if (violations == null) {
				throw new IllegalStateException("The validation of " + plan.script().label() + " did not run");
			}
			return new Trial(attempt.result(), violations);
		}
		finally {
			this.listener.forget(token);
		}
	}

	/**
	 * Runs {@code work} in a new write transaction, tags it for the listener as its last statement, and commits it.
	 * A failure of {@code work} propagates (a statement failed); a failure of the commit is returned (the listener's
	 * veto, or Neo4j's refusal to commit), as Spring's transaction manager reports it.
	 */
	private <T> Attempt<T> attemptTagged(String token, Supplier<T> work) {
		AtomicReference<T> result = new AtomicReference<>();
		AtomicBoolean workDone = new AtomicBoolean();
		long[] committing = new long[1];
		try {
			write(() -> {
				result.set(work.get());
				this.scripts.tagForValidation(token);
				workDone.set(true);
				committing[0] = System.nanoTime();
				return null;
			});
			return new Attempt<>(result.get(), committing[0], null);
		}
		catch (RuntimeException ex) {
			if (!workDone.get()) {
				throw ex;
			}
			return new Attempt<>(result.get(), committing[0], ex);
		}
	}

	/** Runs every pending script as a real load would, then rolls everything back. */
	private List<ScriptOutcome> validateAll(List<Plan> pending) {
		List<ScriptOutcome> outcomes = new ArrayList<>();
		List<Plan> dataPlans = pending.stream().filter(p -> !p.schemaOnly()).toList();
		for (Plan plan : pending.stream().filter(Plan::schemaOnly).toList()) {
			long started = System.nanoTime();
			outcomes.add(validated(plan, this.transactions.rolledBack(this.timeout, () -> execute(plan)), started));
		}
		if (validatesScoped()) {
			// Each script is validated over what it and the scripts before it touched: a trial per script.
			List<Plan> done = new ArrayList<>();
			for (Plan plan : dataPlans) {
				long started = System.nanoTime();
				Trial trial = trial(done, plan, plan.statements().size(), Set.of(ValidationRule.values()));
				refuseIfBroken(new Checked(plan, done, trial.counts(), trial.violations()));
				outcomes.add(validated(plan, trial.counts(), started));
				done.add(plan);
			}
			return outcomes;
		}
		Checked refused = this.transactions.rolledBack(this.timeout, () -> {
			List<Plan> done = new ArrayList<>();
			for (Plan plan : dataPlans) {
				long started = System.nanoTime();
				StatementCounts counts = execute(plan);
				this.scripts.refreshNameKeys();
				List<Violation> violations = this.scripts.violations();
				if (!violations.isEmpty()) {
					return new Checked(plan, List.copyOf(done), counts, violations);
				}
				outcomes.add(validated(plan, counts, started));
				done.add(plan);
			}
			return null;
		});
		if (refused != null) {
			refuseIfBroken(refused);
		}
		return outcomes;
	}

	private static ScriptOutcome applied(Plan plan, StatementCounts counts, long started) {
		return new ScriptOutcome(plan.script(), ScriptOutcome.Action.APPLIED, counts, plan.statements().size(),
				millisSince(started));
	}

	private static ScriptOutcome validated(Plan plan, StatementCounts counts, long started) {
		ScriptOutcome outcome = new ScriptOutcome(plan.script(), ScriptOutcome.Action.VALIDATED, counts,
				plan.statements().size(), millisSince(started));
		log.info(outcome.toString());
		return outcome;
	}

	private StatementCounts execute(Plan plan) {
		return execute(plan, false);
	}

	/**
	 * Runs the statements of {@code plan}, each with its literals as parameters ({@link LiteralParameters}), so that
	 * Neo4j parses and checks each shape once rather than each statement (a failure still quotes the statement as
	 * written: {@link #execute(CypherScript, Statement)}); {@code grouped}, for scripts known to pass: consecutive
	 * statements of one {@link LiteralParameters#groupable() groupable} shape as one statement
	 * ({@link LiteralParameters.Group}), one round trip instead of one per statement, each still refused when it
	 * changed nothing (it matched nothing), naming its line.
	 */
	private StatementCounts execute(Plan plan, boolean grouped) {
		StatementCounts total = StatementCounts.NONE;
		List<Statement> statements = plan.statements();
		try (ScriptProgress progress = new ScriptProgress(plan.script(), statements.size())) {
			int i = 0;
			while (i < statements.size()) {
				Statement statement = statements.get(i);
				List<LiteralParameters> group = grouped ? sameShapeFrom(statements, i) : List.of();
				progress.starting(statement);
				StatementCounts counts;
				if (group.size() > 1) {
					counts = executeGroup(plan.script(), statements.subList(i, i + group.size()), group);
					i += group.size();
				}
				else {
					counts = execute(plan.script(), statement);
					i++;
				}
				progress.finished(statements.get(i - 1), counts);
				total = total.plus(counts);
			}
		}
		return total;
	}

	/** The statements from {@code from} on that share the first one's groupable shape; empty when it has none. */
	private static List<LiteralParameters> sameShapeFrom(List<Statement> statements, int from) {
		if (statements.get(from).isSchemaCommand()) {
			return List.of();
		}
		LiteralParameters first = LiteralParameters.of(statements.get(from).text());
		if (!first.groupable()) {
			return List.of();
		}
		List<LiteralParameters> group = new ArrayList<>(List.of(first));
		for (int j = from + 1; j < statements.size() && !statements.get(j).isSchemaCommand(); j++) {
			LiteralParameters next = LiteralParameters.of(statements.get(j).text());
			if (!next.text().equals(first.text())) {
				break;
			}
			group.add(next);
		}
		return group;
	}

	private StatementCounts executeGroup(CypherScript script, List<Statement> statements,
			List<LiteralParameters> group) {
		org.ecograph.data.Statement.Written<Long> written;
		try {
			written = this.scripts.run(LiteralParameters.Group.of(group));
		}
		catch (RuntimeException ex) {
			throw ScriptFailedException.statementFailed(script, statements.get(0), reason(ex));
		}
		List<Long> matched = written.rows();
		for (int k = 0; k < statements.size(); k++) {
			if (k >= matched.size() || matched.get(k) == 0) {
				throw ScriptFailedException.statementFailed(script, statements.get(k), CHANGED_NOTHING);
			}
		}
		return StatementCounts.of(written.counts());
	}

	private StatementCounts execute(CypherScript script, Statement statement) {
		LiteralParameters parameters = statement.isSchemaCommand() ? null : LiteralParameters.of(statement.text());
		WriteCounts counts;
		try {
			counts = parameters == null || !parameters.extracted() ? this.scripts.run(statement)
					: this.scripts.run(parameters);
		}
		catch (RuntimeException ex) {
			throw ScriptFailedException.statementFailed(script, statement,
					parameters == null || !parameters.extracted() ? reason(ex) : reasonAsWritten(statement, ex));
		}
		if (!counts.changedAnything() && !statement.isSchemaCommand()) {
			throw ScriptFailedException.statementFailed(script, statement, CHANGED_NOTHING);
		}
		return StatementCounts.of(counts);
	}

	/**
	 * Neo4j's words for the failure of a statement that ran with its literals as parameters, as if it had run as
	 * written: a syntax or semantic error quotes the text it was given, so the statement as written is checked
	 * ({@code EXPLAIN}, nothing runs) in a transaction of its own and its error, if any, is the reason; otherwise the
	 * failure was the run's (a constraint, a type), whose words quote no text.
	 */
	private String reasonAsWritten(Statement statement, RuntimeException failure) {
		try {
			this.transactions.rolledBack(this.timeout, () -> {
				this.scripts.explain(statement);
				return null;
			});
		}
		catch (RuntimeException ex) {
			return reason(ex);
		}
		return reason(failure);
	}

	/** Neo4j's own words for a failure: the message of the exception Spring translated, if it did. */
	private static String reason(RuntimeException ex) {
		Throwable cause = ex instanceof DataAccessException && ex.getCause() != null ? ex.getCause() : ex;
		return cause.getMessage();
	}

	/**
	 * Throws the violations of a script whose transaction was rolled back, with the line of the statement that broke
	 * the first rule: sought only now, in transactions of its own, which would otherwise wait for the first one's
	 * locks.
	 */
	private void refuseIfBroken(Checked checked) {
		if (!checked.violations().isEmpty()) {
			throw ScriptFailedException.ruleBroken(checked.plan().script(),
					firstOffendingLine(checked.plan(), checked.earlier(), checked.violations()), checked.violations());
		}
	}

	/**
	 * The line of the first statement of {@code plan} after which a rule of {@code found} is broken, replaying the
	 * scripts in throw-away transactions; 0 when it cannot be told.
	 */
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
		return this.transactions.rolledBack(this.timeout, () -> {
			earlier.forEach(this::execute);
			for (Statement statement : plan.statements()) {
				execute(plan.script(), statement);
				if (!this.scripts.violations().isEmpty()) {
					return statement.line();
				}
			}
			return 0;
		});
	}

	/**
	 * Before data statements that follow schema scripts: the indexes those created, online (milliseconds on an empty
	 * store; on a large one, the population the data statements would otherwise race).
	 */
	private void awaitIndexes() {
		long started = System.nanoTime();
		// in a write transaction: in a cluster, on the leader, where the data scripts will run
		write(() -> {
			this.scripts.awaitIndexes(Math.max(1, this.timeout.toSeconds()));
			return null;
		});
		log.info("Indexes online for the data scripts after {} ms", millisSince(started));
	}

	/** Runs {@code work} in a new write transaction of the loader's timeout and commits it. */
	private <T> T write(Supplier<T> work) {
		return this.transactions.write(this.timeout, status -> work.get());
	}

	private static long millisSince(long nanos) {
		return (System.nanoTime() - nanos) / 1_000_000;
	}

	/**
	 * What a script did in a transaction that validated it.
	 *
	 * @param plan the script
	 * @param earlier the scripts run before it in the transaction (a dry run's)
	 * @param counts what its statements changed
	 * @param violations the rules it broke; then the transaction was rolled back
	 */
	private record Checked(Plan plan, List<Plan> earlier, StatementCounts counts, List<Violation> violations) {
	}

	private record Trial(StatementCounts counts, List<Violation> violations) {
	}

	/**
	 * What a tagged transaction did and how its commit ended.
	 *
	 * @param result what its work returned
	 * @param committing when its commit began, for the log
	 * @param commitFailure the commit's failure, {@code null} when it committed
	 */
	private record Attempt<T>(T result, long committing, RuntimeException commitFailure) {
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
