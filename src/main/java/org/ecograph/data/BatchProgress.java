package org.ecograph.data;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * How far work over a whole store in write transactions of a bounded size got (setting the search keys of entity
 * names, {@link EntityNameKeys#refreshAllInBatches}; writing the subjects of recorded changes,
 * {@link ChangeLog#writeSubjectsInBatches}): each batch commits on its own, so the memory a transaction needs is
 * bounded whatever the size of the store, and the work stopped half-way is finished by a later run.
 *
 * @param seen elements looked at
 * @param changed elements written
 * @param batches transactions committed
 */
public record BatchProgress(long seen, long changed, int batches) {

	/** Nothing done yet. */
	public static final BatchProgress NONE = new BatchProgress(0, 0, 0);

	BatchProgress plus(long seen, long changed) {
		return new BatchProgress(this.seen + seen, this.changed + changed, this.batches + 1);
	}

	/**
	 * Runs {@code batch} in write transactions of its own, one after the other, each from the cursor the one before
	 * returned ({@code first} for the first), until one sees nothing or {@code stop} says so.
	 * @param batch one batch's statement, given the cursor: a row of {@code seen}, {@code changed} and {@code last}
	 * (the next cursor)
	 * @param done what was done before, added to
	 * @param progress told after each committed batch
	 * @param stop asked before each batch; {@code true} ends the work there (the application is stopping)
	 */
	static BatchProgress afterCursor(Transactions transactions, Duration timeout, Object first,
			Function<Object, Row> batch, BatchProgress done, Consumer<BatchProgress> progress, BooleanSupplier stop) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Work in batches commits each batch: call it outside a transaction");
		}
		BatchProgress sofar = done;
		Object after = first;
		while (!stop.getAsBoolean()) {
			Object from = after;
			Row row = transactions.write(timeout, status -> batch.apply(from));
			long seen = row.integer("seen");
			if (seen == 0) {
				break;
			}
			sofar = sofar.plus(seen, row.integer("changed"));
			after = row.value("last", null);
			progress.accept(sofar);
		}
		return sofar;
	}

	static void requirePositive(int batch) {
		if (batch < 1) {
			throw new IllegalArgumentException("The batch size must be at least 1, not " + batch);
		}
	}

}
