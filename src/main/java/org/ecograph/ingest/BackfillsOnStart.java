package org.ecograph.ingest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.ecograph.data.BatchProgress;
import org.ecograph.data.ChangeLog;
import org.ecograph.data.EntityNameKeys;
import org.ecograph.data.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Completes what a store written by another client, or by an earlier version, lacks of what Ecograph derives from
 * what it holds: the search keys of entity names ({@code nameKey}, which {@code entities(nameContains:)} seeks) and
 * the subject nodes of recorded changes ({@code (:ChangeSubject)}, which {@code history(id:)} and the knowledge
 * history seek). Checked once the application is ready (one query each, which stops at the first element lacking
 * them); what is missing is written in the background in transactions of {@code ecograph.ingest.name-key-batch}
 * elements each, with progress in the log, while the application already serves. Until it is done, the reads named
 * miss what is not written yet; the log says so, and when it ends.
 */
@Component
class BackfillsOnStart implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BackfillsOnStart.class);

	/** At most one progress line this often. */
	private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(5);

	/**
	 * One backfill.
	 *
	 * @param what what it writes, for the log ("search keys of entity names")
	 * @param misses what reads miss until it is done
	 * @param elements what a batch counts ("entities")
	 * @param anyMissing whether anything is missing, in a read transaction
	 * @param run the work in batches: batch size, timeout, progress, stop
	 */
	record Backfill(String what, String misses, String elements, Supplier<Boolean> anyMissing, Run run) {
	}

	/**
	 * A backfill's work in batches ({@link EntityNameKeys#refreshAllInBatches},
	 * {@link ChangeLog#writeSubjectsInBatches}); an {@link IllegalStateException} refuses it before any batch, its
	 * message saying what the store lacks and what to do (logged as it is, without the advice about batch sizes).
	 */
	interface Run {

		BatchProgress inBatches(int batch, Duration timeout, Consumer<BatchProgress> progress, BooleanSupplier stop);

	}

	private final IngestProperties properties;

	private final Transactions transactions;

	private final List<Backfill> backfills;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "ecograph-backfills");
		thread.setDaemon(true);
		return thread;
	});

	private volatile boolean stopping;

	BackfillsOnStart(IngestProperties properties, EntityNameKeys nameKeys, ChangeLog changeLog,
			Transactions transactions) {
		this.properties = properties;
		this.transactions = transactions;
		this.backfills = List.of(
				new Backfill("search keys of entity names", "entities(nameContains:) misses the entities without one",
						"entities", nameKeys::anyMissing, nameKeys::refreshAllInBatches),
				new Backfill("subject nodes of recorded changes",
						"history(id:) and the knowledge history miss the changes without them", "changes",
						changeLog::anySubjectUnwritten, changeLog::writeSubjectsInBatches));
	}

	/**
	 * Checks once the application is ready, before it reports so (each check may read every entity or change when
	 * none lacks anything): statements observed after the start are the requests' own, not a check's.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void checkOnStart() {
		if (!this.properties.loadBundledOnEmpty()) {
			return;
		}
		this.backfills.forEach(this::check);
	}

	/** Whether {@code backfill} finds something missing; if so, writes it in the background ({@link #run}). */
	private void check(Backfill backfill) {
		boolean missing;
		try {
			missing = !this.stopping
					&& this.transactions.read(this.properties.transactionTimeout(), backfill.anyMissing());
		}
		catch (RuntimeException ex) {
			log.error("Could not check whether some {} are missing ({}); the next start checks again",
					backfill.what(), reason(ex));
			return;
		}
		if (missing) {
			log.info("Some {} are missing (a store written by another client or an earlier version): writing "
					+ "them in the background, {} {} per transaction; until then {}", backfill.what(),
					this.properties.nameKeyBatch(), backfill.elements(), backfill.misses());
			this.worker.execute(() -> run(backfill));
		}
	}

	/** Writes everything {@code backfill} finds missing, in batches. */
	private void run(Backfill backfill) {
		long started = System.nanoTime();
		long[] lastLine = { started };
		try {
			BatchProgress done = backfill.run()
				.inBatches(this.properties.nameKeyBatch(), this.properties.transactionTimeout(), progress -> {
					long now = System.nanoTime();
					if (now - lastLine[0] >= PROGRESS_EVERY_NANOS) {
						lastLine[0] = now;
						log.info("{}: {} {} looked at, {} written in {} transactions so far", backfill.what(),
								progress.seen(), backfill.elements(), progress.changed(), progress.batches());
					}
				}, () -> this.stopping);
			if (this.stopping) {
				log.info("{}: stopped with the application after {} {}; the next start finishes them",
						backfill.what(), done.seen(), backfill.elements());
				return;
			}
			log.info("{} written: {} for {} {} in {} transactions, {} ms; nothing is missed any more", backfill.what(),
					done.changed(), done.seen(), backfill.elements(), done.batches(),
					Duration.ofNanos(System.nanoTime() - started).toMillis());
		}
		catch (IllegalStateException ex) {
			// refused before any batch (the store lacks what the work needs): the message says what to do
			log.error("The {} are not written: {}. Until then {}.", backfill.what(), ex.getMessage(),
					backfill.misses());
		}
		catch (RuntimeException ex) {
			log.error("The {} could not be written ({}): {}. If Neo4j's transaction memory limit was hit, lower "
					+ "ecograph.ingest.name-key-batch (now {}) or give the JVM more heap; every restart tries again "
					+ "and keeps what was done.", backfill.what(), reason(ex), backfill.misses(),
					this.properties.nameKeyBatch());
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
