package org.ecograph.ingest;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.ecograph.data.EntityNameKeys;
import org.ecograph.data.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives the entities of a store written by another client (a bulk import over Bolt, a store older than the keys) the
 * search keys of their names ({@code nameKey}, which {@code entities(nameContains:)} seeks): checked once the
 * application is ready (one query that stops at the first entity without a key), and when some lack it, set in the
 * background in transactions of {@code ecograph.ingest.name-key-batch} entities each, with progress in the log, while
 * the application already serves. Until it is done, a search by name misses the entities not keyed yet; the log says
 * so, and when it ends.
 */
@Component
class NameKeysOnStart implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NameKeysOnStart.class);

	/** At most one progress line this often. */
	private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

	private final IngestProperties properties;

	private final EntityNameKeys nameKeys;

	private final Transactions transactions;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ecograph-name-keys");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean stopping;

	NameKeysOnStart(IngestProperties properties, EntityNameKeys nameKeys, Transactions transactions) {
		this.properties = properties;
		this.nameKeys = nameKeys;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void checkOnStart() {
		if (!this.properties.loadBundledOnEmpty()) {
			return;
		}
		if (this.transactions.read(this.properties.transactionTimeout(), this.nameKeys::anyMissing)) {
			log.info("Some entities lack the search key of their names (a store written by another client): setting "
					+ "them in the background, {} per transaction; until then entities(nameContains:) misses them",
					this.properties.nameKeyBatch());
			this.worker.execute(this::refresh);
		}
	}

	/** Sets every missing key in batches; {@code true} when it finished. */
	boolean refresh() {
		long started = System.nanoTime();
		long[] lastLine = { started };
		try {
			EntityNameKeys.Progress done = this.nameKeys.refreshAllInBatches(this.properties.nameKeyBatch(),
					this.properties.transactionTimeout(), progress -> {
						long now = System.nanoTime();
						if (now - lastLine[0] >= PROGRESS_EVERY_NANOS) {
							lastLine[0] = now;
							log.info("Search keys: {} entities looked at, {} keys set, in {} transactions so far",
									progress.seen(), progress.changed(), progress.batches());
						}
					}, () -> this.stopping);
			if (this.stopping) {
				log.info("Search keys: stopped with the application after {} entities; the next start finishes them",
						done.seen());
				return false;
			}
			log.info("Search keys of entity names set: {} of {} entities in {} transactions, {} ms; "
					+ "entities(nameContains:) finds every entity again", done.changed(), done.seen(), done.batches(),
					Duration.ofNanos(System.nanoTime() - started).toMillis());
			return true;
		}
		catch (RuntimeException ex) {
			log.error("Search keys of entity names could not be set ({}): entities(nameContains:) misses the entities "
					+ "without one. If Neo4j's transaction memory limit was hit, lower ecograph.ingest.name-key-batch "
					+ "(now {}) or give the JVM more heap; every restart tries again and keeps what was done.",
					reason(ex), this.properties.nameKeyBatch());
			return false;
		}
	}

	/** Neo4j's own words: the message of the innermost cause. */
	private static String reason(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

	@Override
	public void destroy() throws InterruptedException {
		this.stopping = true;
		this.worker.shutdown();
		this.worker.awaitTermination(30, TimeUnit.SECONDS);
	}

}
