package org.ecograph.api.guard;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.ecograph.api.ApiErrors;
import org.ecograph.model.UnavailableException;
import org.springframework.stereotype.Component;

/**
 * The line cheap GraphQL requests and mutations over HTTP wait in before they execute: at most
 * {@link AdmissionLimits#effectiveMaxConcurrent()} execute at once. With 2 cores, 16 clients executing together each
 * get an eighth of a core, so a mutation, which sends its statements one after the other, waits for a core at every
 * one of them; in line, the few executing requests run at nearly full speed and a mutation waits only for a free slot.
 * A free slot goes to the longest-waiting mutation, else the longest-waiting read ({@link Priority}): a write is never
 * held behind queued reads. Operations with expensive fields are not held here: the {@link ExpensiveOperationGate}
 * bounds them, so a cheap request never waits behind one. A request that waits longer than
 * {@link AdmissionLimits#queueWait()} is answered UNAVAILABLE "busy, retry" with {@code Retry-After}. Subscriptions are
 * not held here either (they last as long as their connection).
 */
@Component
class RequestAdmission {

	/** Who goes first when a slot comes free: the lower ordinal. */
	enum Priority {

		MUTATION, READ

	}

	private final AdmissionLimits limits;

	private final int max;

	private final Map<Priority, ArrayDeque<Waiter>> waiting = new EnumMap<>(Priority.class);

	/** Requests executing now. Guarded by {@code this}. */
	private int running;

	RequestAdmission(AdmissionLimits limits) {
		this.limits = limits;
		this.max = limits.effectiveMaxConcurrent();
		for (Priority priority : Priority.values()) {
			this.waiting.put(priority, new ArrayDeque<>());
		}
	}

	/** One request in line; {@code admitted} once a slot is handed to it. Guarded by the gate. */
	private static final class Waiter {

		boolean admitted;

	}

	/**
	 * Takes a slot, waiting in line for at most {@link AdmissionLimits#queueWait()}.
	 * @return the slot; {@link Slot#release()} it when the request is done
	 * @throws UnavailableException when no slot came free in time
	 */
	Slot enter(Priority priority) {
		if (this.max <= 0) {
			return Slot.NONE;
		}
		long deadline = System.nanoTime() + this.limits.queueWait().toNanos();
		synchronized (this) {
			if (this.running < this.max && nobodyWaiting()) {
				this.running++;
				return new Slot(this);
			}
			Waiter waiter = new Waiter();
			this.waiting.get(priority).addLast(waiter);
			try {
				while (!waiter.admitted) {
					long left = deadline - System.nanoTime();
					if (left <= 0) {
						this.waiting.get(priority).remove(waiter);
						throw busy();
					}
					TimeUnit.NANOSECONDS.timedWait(this, left);
				}
				return new Slot(this);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				if (waiter.admitted) {
					return new Slot(this);
				}
				this.waiting.get(priority).remove(waiter);
				throw busy();
			}
		}
	}

	/** Requests executing now and waiting now (for tests and diagnostics). */
	synchronized int[] state() {
		int queued = this.waiting.values().stream().mapToInt(ArrayDeque::size).sum();
		return new int[] { this.running, queued };
	}

	private boolean nobodyWaiting() {
		return this.waiting.values().stream().allMatch(ArrayDeque::isEmpty);
	}

	private synchronized void release() {
		this.running--;
		for (Priority priority : Priority.values()) {
			ArrayDeque<Waiter> line = this.waiting.get(priority);
			while (this.running < this.max && !line.isEmpty()) {
				line.pollFirst().admitted = true;
				this.running++;
			}
		}
		notifyAll();
	}

	private UnavailableException busy() {
		return new UnavailableException("The server is busy: " + this.max + " requests are executing and more are"
				+ " waiting; waited " + this.limits.queueWait().toMillis() + " ms for a turn. Retry in a moment",
				ApiErrors.RETRY_AFTER_SECONDS);
	}

	/** A slot taken; released exactly once. */
	static final class Slot {

		static final Slot NONE = new Slot(null);

		private final RequestAdmission admission;

		private boolean released;

		private Slot(RequestAdmission admission) {
			this.admission = admission;
		}

		void release() {
			synchronized (this) {
				if (this.released || this.admission == null) {
					return;
				}
				this.released = true;
			}
			this.admission.release();
		}

	}

}
