package org.ecograph.steward;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.ecograph.data.Graph;
import org.ecograph.data.Transactions;
import org.ecograph.ingest.GraphValidator;
import org.ecograph.model.ClaimStatus;
import org.ecograph.steward.Inputs.ClaimInput;
import org.ecograph.steward.Inputs.EntityInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Has Neo4j plan the statements of a mutation's validation before the first steward needs them
 * ({@link GraphValidator#warmUpStatements}): once the application is ready, in the background, each in a write
 * transaction that is rolled back (so on the server the writes go to, and nothing is written), after a change in that
 * transaction, as a mutation validates after it wrote (Neo4j plans the two apart: a plan made without a change served
 * no mutation, whose first one after a start then planned the rules anew, 1.4-2.2 s on the seed graph). Without it
 * the first mutations after a start plan about twenty statements inside the transaction that holds the graph
 * version's lock, which took 1-10 s per rule on a busy machine and held every other writer meanwhile. Off with
 * {@code ecograph.steward.warm-up=false}.
 * <p>
 * Then it rehearses the most common steward writes ({@link #rehearse}): a claim created between the ends of a claim
 * on record, that claim's amount corrected, and the description of its first end corrected, each through the whole
 * write path with the parameters of a real request and rolled back. That plans the write path's own statements (the
 * version bump, the claim or entity, an assertion, the change and its revision) and warms the code that sends them:
 * the first {@code upsertClaim} after a restart of the seed graph took 4.0 s with only the validation planned ahead,
 * 0.8 s once rehearsed (then 0.2-0.4 s); the first {@code upsertEntity} 1.3-1.7 s before it was rehearsed, 0.9-1.2 s
 * after. Each rehearsal holds the graph version's lock for its transaction, as a mutation does: a steward's write in
 * that moment waits for it.
 */
@Component
class ValidationWarmUp implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ValidationWarmUp.class);

	/** Who a rehearsal's change would be recorded for (it never is: it is rolled back). */
	static final String WHO = "warm-up";

	/** The id of the claim a rehearsal creates (and rolls back). */
	static final String REHEARSED_CLAIM = "claim:warm-up-rehearsal";

	/** The description a rehearsal gives an entity on record (and rolls back). */
	static final String REHEARSED_DESCRIPTION = "described by the warm-up's rehearsal (never written)";

	/** How long one statement's planning may take (a request's query timeout is 10 s by default). */
	static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(2);

	private final StewardProperties properties;

	private final Graph graph;

	private final Transactions transactions;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ecograph-validation-warm-up");
		thread.setDaemon(true);
		return thread;
	});

	private final StewardService steward;

	private final WarmUpRepository claims;

	ValidationWarmUp(StewardProperties properties, Graph graph, Transactions transactions, StewardService steward,
			WarmUpRepository claims) {
		this.properties = properties;
		this.graph = graph;
		this.transactions = transactions;
		this.steward = steward;
		this.claims = claims;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (this.properties.warmUp()) {
			this.worker.execute(() -> {
				warm();
				if (!Thread.currentThread().isInterrupted()) {
					rehearse();
				}
			});
		}
	}

	/**
	 * Rehearses a claim created between the ends of a claim on record, that claim's amount corrected, and its first
	 * end's description corrected (see the class comment); nothing is written. A graph without claims has nothing to
	 * rehearse on.
	 * @return how many of the three rehearsals ran through without a user error
	 */
	int rehearse() {
		long started = System.nanoTime();
		WarmUpRepository.ClaimOnRecord claim;
		try {
			claim = this.transactions.read(this.claims::anyClaim).orElse(null);
		}
		catch (RuntimeException ex) {
			log.info("Steward mutations not rehearsed (the first mutation plans its statements): {}", ex.getMessage());
			return 0;
		}
		if (claim == null) {
			log.info("Steward mutations not rehearsed: the graph has no claim yet");
			return 0;
		}
		ClaimInput created = new ClaimInput(REHEARSED_CLAIM, claim.kind(), claim.from(), claim.to(),
				ClaimStatus.REPORTED, claim.sources(), null, 1.0, null, null, null, null, null, null, null, null, null,
				null, null, null);
		ClaimInput corrected = new ClaimInput(claim.id(), null, null, null, null, null, null, 1.0, null, null, null,
				null, null, null, null, null, null, null, null, null);
		EntityInput described = new EntityInput(claim.from(), null, null, REHEARSED_DESCRIPTION, null, null, null,
				null, null, null);
		Map<String, Supplier<List<UserError>>> rehearsals = new LinkedHashMap<>();
		rehearsals.put(created.id(), () -> this.steward.rehearseUpsertClaim(created));
		rehearsals.put(corrected.id(), () -> this.steward.rehearseUpsertClaim(corrected));
		rehearsals.put(described.id(), () -> this.steward.rehearseUpsertEntity(described));
		int clean = 0;
		List<String> refused = new ArrayList<>();
		for (Map.Entry<String, Supplier<List<UserError>>> rehearsal : rehearsals.entrySet()) {
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
			try {
				List<UserError> errors = rehearsal.getValue().get();
				if (errors.isEmpty()) {
					clean++;
				}
				else {
					refused.add(rehearsal.getKey() + ": " + errors.get(0).message());
				}
			}
			catch (RuntimeException ex) {
				refused.add(rehearsal.getKey() + ": " + ex.getMessage());
			}
		}
		log.info("Steward mutations rehearsed, nothing written: a claim created and one corrected, an entity described"
				+ " ({} of {} without a refusal) in {} ms{}", clean, rehearsals.size(),
				TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), refused.isEmpty() ? "" : "; refused: "
						+ refused);
		return clean;
	}

	/**
	 * Sends the validation's statements once, each in a transaction of its own that is rolled back, with a timeout of
	 * {@link #STATEMENT_TIMEOUT} (planning a statement on a cold, busy server can take longer than a request's query
	 * timeout, and one slow or refused statement must not cost the others their plan).
	 * @return how many statements were planned (those the database refused are logged and not counted)
	 */
	int warm() {
		long started = System.nanoTime();
		List<GraphValidator.WarmUpStatement> statements = GraphValidator.warmUpStatements();
		int planned = 0;
		String slowest = null;
		long slowestMillis = -1;
		List<String> refused = new ArrayList<>();
		for (GraphValidator.WarmUpStatement statement : statements) {
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
			long statementStarted = System.nanoTime();
			try {
				this.transactions.rolledBack(STATEMENT_TIMEOUT,
						() -> {
					statement.send(this.graph);
					return null;
				});
				planned++;
			}
			catch (RuntimeException ex) {
				// not a fault of the write path: the first mutation that needs it plans it
				refused.add(statement.name() + " (" + ex.getMessage() + ")");
			}
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - statementStarted);
			if (millis > slowestMillis) {
				slowestMillis = millis;
				slowest = statement.name();
			}
		}
		log.info("Validation of steward mutations planned ahead: {} of {} statements in {} ms (slowest: {}, {} ms)",
				planned, statements.size(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), slowest,
				slowestMillis);
		if (!refused.isEmpty()) {
			log.info("Not planned ahead (the first mutation that needs them plans them): {}", refused);
		}
		return planned;
	}

	@Override
	public void destroy() throws InterruptedException {
		this.worker.shutdownNow();
		this.worker.awaitTermination(30, TimeUnit.SECONDS);
	}

}
