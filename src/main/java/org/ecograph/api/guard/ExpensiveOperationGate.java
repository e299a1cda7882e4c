package org.ecograph.api.guard;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.ecograph.api.ApiErrors;
import org.ecograph.model.UnavailableException;
import org.springframework.stereotype.Component;

/**
 * Slots for operations with expensive fields: at most {@link RequestLimits#maxConcurrentExpensive()} run at once, and
 * at most {@link RequestLimits#maxConcurrentExpensivePerClient()} of one client, so a client sending many at once
 * queues behind its own requests instead of everyone's. A request waits up to {@link RequestLimits#busyWait()} for
 * a slot, then is refused as UNAVAILABLE "busy, retry"; cheap operations never wait here.
 */
@Component
class ExpensiveOperationGate {

	private final RequestLimits limits;

	private final Semaphore global;

	private final ConcurrentHashMap<String, ClientSlots> clients = new ConcurrentHashMap<>();

	ExpensiveOperationGate(RequestLimits limits) {
		this.limits = limits;
		this.global = new Semaphore(Math.max(1, limits.maxConcurrentExpensive()), true);
	}

	/**
	 * Takes a slot for {@code client}, waiting at most the busy wait.
	 * @return the slot; {@link Permit#release()} it when the operation is done
	 * @throws UnavailableException when no slot came free in time
	 */
	Permit enter(String client) {
		long deadline = System.nanoTime() + this.limits.busyWait().toNanos();
		ClientSlots slots = this.clients.compute(client, (key, existing) -> {
			ClientSlots s = existing == null
					? new ClientSlots(Math.max(1, this.limits.maxConcurrentExpensivePerClient())) : existing;
			s.users++;
			return s;
		});
		boolean clientSlot = false;
		try {
			clientSlot = slots.semaphore.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS);
			if (!clientSlot) {
				throw busy("this client already runs " + this.limits.maxConcurrentExpensivePerClient()
						+ " expensive operations (paths, exposure, ranking, subgraph, search, funding summaries) at once");
			}
			if (!this.global.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS)) {
				throw busy(this.limits.maxConcurrentExpensive() + " expensive operations are running");
			}
			return new Permit(this, client, slots);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw busy("the request was interrupted while waiting");
		}
		catch (RuntimeException ex) {
			if (clientSlot) {
				slots.semaphore.release();
			}
			leave(client);
			throw ex;
		}
	}

	/** Slots free over all clients now (for tests and diagnostics). */
	int available() {
		return this.global.availablePermits();
	}

	private UnavailableException busy(String why) {
		return new UnavailableException("The server is busy: " + why + "; waited "
				+ this.limits.busyWait().toMillis() + " ms for a slot. Retry in a moment, or send fewer expensive"
				+ " operations at once", ApiErrors.RETRY_AFTER_SECONDS);
	}

	private static long remaining(long deadline) {
		return Math.max(0, deadline - System.nanoTime());
	}

	private void leave(String client) {
		this.clients.computeIfPresent(client, (key, s) -> --s.users == 0 ? null : s);
	}

	/** How many operations of one client hold or wait for a slot; the entry goes when none does. */
	private static final class ClientSlots {

		final Semaphore semaphore;

		int users;

		ClientSlots(int permits) {
			this.semaphore = new Semaphore(permits, true);
		}

	}

	/** A slot taken; released exactly once. */
	static final class Permit {

		private final ExpensiveOperationGate gate;

		private final String client;

		private final ClientSlots slots;

		private boolean released;

		private Permit(ExpensiveOperationGate gate, String client, ClientSlots slots) {
			this.gate = gate;
			this.client = client;
			this.slots = slots;
		}

		synchronized void release() {
			if (this.released) {
				return;
			}
			this.released = true;
			this.gate.global.release();
			this.slots.semaphore.release();
			this.gate.leave(this.client);
		}

	}

}
