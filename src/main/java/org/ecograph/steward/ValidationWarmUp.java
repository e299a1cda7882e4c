package org.ecograph.steward;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.ecograph.data.Graph;
import org.ecograph.data.Transactions;
import org.ecograph.ingest.GraphValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Has Neo4j plan the statements of a mutation's validation before the first steward needs them
 * ({@link GraphValidator#warmUpStatements}): once the application is ready, in the background, each in a write
 * transaction that is rolled back (so on the server the writes go to, and nothing is written). Without it the first
 * mutations after a start plan about twenty statements inside the transaction that holds the graph version's lock, which took 1-10 s
 * per rule on a busy machine and held every other writer meanwhile. Off with {@code ecograph.steward.warm-up=false}.
 */
@Component
class ValidationWarmUp implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ValidationWarmUp.class);

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

	ValidationWarmUp(StewardProperties properties, Graph graph, Transactions transactions) {
		this.properties = properties;
		this.graph = graph;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		if (this.properties.warmUp()) {
			this.worker.execute(this::warm);
		}
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
