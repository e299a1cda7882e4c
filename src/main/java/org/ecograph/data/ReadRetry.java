package org.ecograph.data;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When a read transaction is run again: Neo4j may end a read that met a concurrent commit on the elements it was
 * reading with a transient error ("The transaction read outdated data", "Database elements ... got deleted by an
 * overlapping committed transaction"), as the driver's managed transactions expect and retry. A read changed nothing,
 * so it is run again in a new transaction, a few times with a short growing delay: a reader never sees a steward's
 * write as an error. Only the outermost read is retried: a read that joined a caller's transaction fails with it, and
 * the caller's own retry (or the client) decides. The one policy for {@link Transactions#read} and {@link GraphRead}.
 */
public final class ReadRetry implements MethodRetryPredicate {

	private static final Logger log = LoggerFactory.getLogger(ReadRetry.class);

	/** Retries after the first attempt. */
	static final int MAX_RETRIES = 4;

	/** The delay before the first retry, doubled for each next one. */
	static final long DELAY_MILLIS = 20;

	/** Random extra delay, so readers that failed together do not retry together. */
	static final long JITTER_MILLIS = 10;

	private static final RetryTemplate TEMPLATE = template();

	/** Whether a read that failed with {@code failure} is run again: a concurrent change, outside any caller's transaction. */
	static boolean retries(Throwable failure) {
		return DatabaseFailure.of(failure).filter(DatabaseFailure.CONCURRENT_CHANGE::equals).isPresent()
				&& !TransactionSynchronizationManager.isActualTransactionActive();
	}

	@Override
	public boolean shouldRetry(Method method, Throwable failure) {
		return logged(method.getName(), failure);
	}

	private static boolean logged(String read, Throwable failure) {
		boolean again = retries(failure);
		if (again) {
			log.debug("A read ({}) met a concurrent change; running it again: {}", read, failure.getMessage());
		}
		return again;
	}

	/** Runs {@code read} (which begins and ends its own transaction) until it succeeds or the policy gives up. */
	static <T> T run(Supplier<T> read) {
		return TEMPLATE.invoke(read);
	}

	private static RetryTemplate template() {
		return new RetryTemplate(RetryPolicy.builder()
			.predicate(failure -> logged("Transactions.read", failure))
			.maxRetries(MAX_RETRIES)
			.delay(Duration.ofMillis(DELAY_MILLIS))
			.jitter(Duration.ofMillis(JITTER_MILLIS))
			.multiplier(2)
			.build());
	}

}
