package org.ecograph.steward;

import java.util.List;
import java.util.function.Function;

import org.ecograph.ingest.GraphValidator;
import org.ecograph.ingest.Violation;
import org.ecograph.model.ChangeLog;
import org.ecograph.model.EntityNames;
import org.ecograph.model.GraphVersion;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.springframework.stereotype.Component;

/**
 * The frame of every steward change: one write transaction that takes the graph version's lock first (so changes
 * apply one at a time, in the order of their sequence numbers), applies the change, validates what it touched by
 * the loader's rules, and on success records the change and commits; on any user error or broken rule it rolls
 * back, so nothing of a refused change is written.
 */
@Component
class ChangeWriter {

	private final Driver driver;

	ChangeWriter(Driver driver) {
		this.driver = driver;
	}

	/** A change: applies itself to the graph, recording every subject in {@code touched} before changing it. */
	interface Work<T> {

		/** Applies the change; returns the user errors that refuse it (nothing is then committed). */
		List<UserError> apply(GraphState state, Touched touched);

		/** Reads the value to return, after the change, in its transaction. */
		T result(GraphState state);

	}

	<T> MutationResult<T> write(String operation, String who, String source, String comment, Work<T> work) {
		return write(operation, who, source, comment, null, work);
	}

	<T> MutationResult<T> write(String operation, String who, String source, String comment, String revertOf,
			Work<T> work) {
		try (Session session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			long seq = GraphVersion.bump(tx);
			GraphState state = new GraphState(tx);
			Touched touched = new Touched(state);
			List<UserError> errors = work.apply(state, touched);
			if (errors.isEmpty()) {
				tx.run(EntityNames.REFRESH_IDS, java.util.Map.of("ids", List.copyOf(touched.scope().entityIds())))
					.consume();
				errors = ruleErrors(GraphValidator.violations(tx, touched.scope()));
			}
			if (!errors.isEmpty()) {
				tx.rollback();
				return MutationResult.failed(errors);
			}
			Snapshot before = touched.before();
			Snapshot after = touched.after();
			ChangeLog.record(tx, seq, who, operation, touched.subjects(), before.toJson(), after.toJson(), source,
					comment, revertOf);
			T value = work.result(state);
			Change change = AuditTrail.read(tx, ChangeLog.id(seq));
			tx.commit();
			return new MutationResult<>(value, change, List.of());
		}
	}

	private static List<UserError> ruleErrors(List<Violation> violations) {
		return violations.stream()
			.map(v -> new UserError(List.of(), v.toString(), UserError.Code.RULE_BROKEN))
			.toList();
	}

	/** Reads with a fresh read transaction, e.g. for the value of a refused change. */
	<T> T read(Function<GraphState, T> reader) {
		try (Session session = this.driver.session(); Transaction tx = session.beginTransaction()) {
			return reader.apply(new GraphState(tx));
		}
	}

}
