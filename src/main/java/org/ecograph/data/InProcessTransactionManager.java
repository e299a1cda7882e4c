package org.ecograph.data;

import java.util.concurrent.TimeUnit;

import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring transactions as transactions of the embedded database itself, begun in this JVM without Bolt: what
 * {@code @Transactional} and {@link Transactions} use when the database is embedded (the default; see
 * {@link InProcessConfiguration}). The transaction is bound to the thread under the database, where
 * {@link InProcessStatements} finds it, with whether it is read-only; its timeout is the definition's or the query
 * timeout. A transaction's own
 * propagation rules are Spring's: {@code REQUIRED} joins, {@code REQUIRES_NEW} suspends the caller's and begins
 * another, a participant's failure marks the whole transaction rollback-only.
 */
final class InProcessTransactionManager extends AbstractPlatformTransactionManager
		implements ResourceTransactionManager {

	private final GraphDatabaseService database;

	InProcessTransactionManager(GraphDatabaseService database) {
		this.database = database;
	}

	/** The transaction bound to the calling thread; fails outside one. */
	static Holder current(GraphDatabaseService database) {
		Object bound = TransactionSynchronizationManager.getResource(database);
		if (!(bound instanceof Holder holder)) {
			throw new IllegalStateException("A statement ran outside an embedded transaction: wrap the caller in "
					+ "@Transactional or Transactions");
		}
		return holder;
	}

	@Override
	public Object getResourceFactory() {
		return this.database;
	}

	@Override
	protected Object doGetTransaction() {
		return new TransactionObject((Holder) TransactionSynchronizationManager.getResource(this.database));
	}

	@Override
	protected boolean isExistingTransaction(Object transaction) {
		return ((TransactionObject) transaction).holder != null;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		int timeout = determineTimeout(definition);
		Transaction begun;
		try {
			begun = timeout > 0 ? this.database.beginTx(timeout, TimeUnit.SECONDS) : this.database.beginTx();
		}
		catch (RuntimeException ex) {
			throw new CannotCreateTransactionException("Could not begin a transaction of the embedded database", ex);
		}
		Holder holder = new Holder(begun, definition.isReadOnly());
		((TransactionObject) transaction).holder = holder;
		TransactionSynchronizationManager.bindResource(this.database, holder);
	}

	@Override
	protected Object doSuspend(Object transaction) {
		((TransactionObject) transaction).holder = null;
		return TransactionSynchronizationManager.unbindResource(this.database);
	}

	@Override
	protected void doResume(Object transaction, Object suspendedResources) {
		TransactionSynchronizationManager.bindResource(this.database, suspendedResources);
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		Holder holder = ((TransactionObject) status.getTransaction()).holder;
		holder.completed = true;
		holder.transaction.commit();
	}

	@Override
	protected void doRollback(DefaultTransactionStatus status) {
		Holder holder = ((TransactionObject) status.getTransaction()).holder;
		if (!holder.completed) {
			holder.completed = true;
			holder.transaction.rollback();
		}
	}

	@Override
	protected void doSetRollbackOnly(DefaultTransactionStatus status) {
		((TransactionObject) status.getTransaction()).holder.rollbackOnly();
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		Holder holder = ((TransactionObject) transaction).holder;
		TransactionSynchronizationManager.unbindResourceIfPossible(this.database);
		holder.transaction.close();
	}

	/**
	 * The embedded transaction bound to a thread, whether it was begun read-only, and whether a participant asked for
	 * its rollback.
	 */
	static final class Holder {

		private final Transaction transaction;

		private final boolean readOnly;

		private volatile boolean rollbackOnly;

		/** Committed or rolled back (a failed commit included): nothing is left to roll back. */
		private boolean completed;

		Holder(Transaction transaction, boolean readOnly) {
			this.transaction = transaction;
			this.readOnly = readOnly;
		}

		Transaction transaction() {
			return this.transaction;
		}

		/** Marks the transaction for rollback whatever its callers do next. */
		void rollbackOnly() {
			this.rollbackOnly = true;
		}

		/** Begun read-only: {@link InProcessStatements} refuses a statement that writes in it. */
		boolean readOnly() {
			return this.readOnly;
		}

	}

	/** Spring's handle of one transaction: the holder it began or joined. */
	private static final class TransactionObject implements SmartTransactionObject {

		private Holder holder;

		TransactionObject(Holder holder) {
			this.holder = holder;
		}

		@Override
		public boolean isRollbackOnly() {
			return this.holder != null && this.holder.rollbackOnly;
		}

		@Override
		public void flush() {
		}

	}

}
