package org.ecograph.data;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Transactions begun in code, for work that cannot be one annotated method: a write that must roll back on a user
 * error, one transaction per loaded script, a dry run. The same transaction manager as {@code @Transactional}, so the
 * same database, timeout and bookmarks. A transaction wraps database work only: never a wait or a computation in
 * memory.
 */
@Component
public class Transactions {

	private final PlatformTransactionManager manager;

	Transactions(PlatformTransactionManager manager) {
		this.manager = manager;
	}

	/** Runs {@code work} in a read transaction of the default timeout. */
	public <T> T read(Supplier<T> work) {
		return read(null, work);
	}

	/**
	 * Runs {@code work} in a read transaction of this timeout ({@code null}: the default); joins the caller's
	 * transaction when there is one. A read of its own that a concurrent write ended is run again in a new
	 * transaction ({@link ReadRetry}), so {@code work} may run more than once: it must only read.
	 */
	public <T> T read(Duration timeout, Supplier<T> work) {
		TransactionTemplate template = template(true, timeout);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return template.execute(status -> work.get());
		}
		return ReadRetry.run(() -> template.execute(status -> work.get()));
	}

	/** Runs {@code work} in a write transaction of the default timeout and commits it. */
	public <T> T write(Supplier<T> work) {
		return write(null, status -> work.get());
	}

	/**
	 * Runs {@code work} in a new write transaction of this timeout ({@code null}: the default); it commits unless
	 * {@code work} throws or marks it {@code setRollbackOnly()}. A caller's transaction is suspended meanwhile.
	 */
	public <T> T write(Duration timeout, TransactionCallback<T> work) {
		return template(false, timeout).execute(work);
	}

	/** Runs {@code work} in a write transaction that is rolled back whatever happens (a dry run, a trial). */
	public <T> T rolledBack(Duration timeout, Supplier<T> work) {
		return write(timeout, status -> {
			status.setRollbackOnly();
			return work.get();
		});
	}

	private TransactionTemplate template(boolean readOnly, Duration timeout) {
		TransactionTemplate template = new TransactionTemplate(this.manager);
		template.setReadOnly(readOnly);
		template.setPropagationBehavior(readOnly ? TransactionDefinition.PROPAGATION_REQUIRED
				: TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		if (timeout != null) {
			template.setTimeout((int) Math.max(1, timeout.toSeconds()));
		}
		return template;
	}

}
