package org.ecograph.steward;

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
 * ({@link GraphValidator#warm}): once the application is ready, in the background, in a write transaction that is
 * rolled back (so on the server the writes go to, and nothing is written). Without it the first mutations after a
 * start plan about twenty statements inside the transaction that holds the graph version's lock, which took 1-10 s
 * per rule on a busy machine and held every other writer meanwhile. Off with {@code ecograph.steward.warm-up=false}.
 */
@Component
class ValidationWarmUp implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ValidationWarmUp.class);

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

	/** Sends the validation's statements once; how many, or -1 when the database refused (logged). */
	int warm() {
		long started = System.nanoTime();
		try {
			int sent = this.transactions.rolledBack(null, () -> GraphValidator.warm(this.graph));
			log.info("Validation of steward mutations planned ahead: {} statements in {} ms", sent,
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			return sent;
		}
		catch (RuntimeException ex) {
			// not a fault of the write path: the first mutation plans what this could not
			log.info("Validation of steward mutations not planned ahead ({}): the first mutation plans it",
					ex.getMessage());
			return -1;
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.worker.shutdownNow();
		this.worker.awaitTermination(30, TimeUnit.SECONDS);
	}

}
