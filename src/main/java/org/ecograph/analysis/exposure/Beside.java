package org.ecograph.analysis.exposure;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A piece of one request's work offered to a spare core while the request's own thread does another: the first of
 * the two threads to reach it runs it. The request never waits for a queued piece (when no core was spare, its own
 * thread takes it back and runs it after its other work), only for one already running, so a busy machine costs
 * nothing but the offer, and an idle core runs the two pieces at once. Exceptions reach {@link #join} as thrown.
 *
 * @param <T> the piece's result
 */
final class Beside<T> {

	private final Supplier<T> work;

	private final AtomicBoolean taken = new AtomicBoolean();

	private final CompletableFuture<T> done = new CompletableFuture<>();

	private Beside(Supplier<T> work) {
		this.work = work;
	}

	/** {@code work} offered to the common pool's threads, when the machine has more than one processor. */
	static <T> Beside<T> offer(Supplier<T> work) {
		return offer(work, Runtime.getRuntime().availableProcessors() > 1 ? ForkJoinPool.commonPool() : null);
	}

	/** {@code work} offered to {@code spare}; with none, {@link #join} runs it on the caller's thread. */
	static <T> Beside<T> offer(Supplier<T> work, Executor spare) {
		Beside<T> piece = new Beside<>(work);
		if (spare != null) {
			spare.execute(piece::runUnlessTaken);
		}
		return piece;
	}

	/**
	 * {@code offered} and {@code here} at once when a core is spare ({@code offered} on it, {@code here} on the
	 * caller's thread), else one after the other; both have ended when this returns or throws.
	 *
	 * @return their results, {@code offered}'s first
	 */
	static <T> List<T> both(Supplier<T> offered, Supplier<T> here) {
		Beside<T> beside = offer(offered);
		T mine;
		try {
			mine = here.get();
		}
		catch (RuntimeException | Error ex) {
			try {
				beside.join();
			}
			catch (RuntimeException | Error other) {
				ex.addSuppressed(other);
			}
			throw ex;
		}
		return List.of(beside.join(), mine);
	}

	/** The result: computed here when no other thread took the piece, else awaited. */
	T join() {
		runUnlessTaken();
		try {
			return this.done.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw ex;
		}
	}

	private void runUnlessTaken() {
		if (!this.taken.compareAndSet(false, true)) {
			return;
		}
		try {
			this.done.complete(this.work.get());
		}
		catch (RuntimeException | Error ex) {
			this.done.completeExceptionally(ex);
		}
	}

}
