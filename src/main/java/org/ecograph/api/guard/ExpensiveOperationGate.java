package org.ecograph.api.guard;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.ecograph.api.ApiErrors;
import org.ecograph.model.UnavailableException;
import org.springframework.stereotype.Component;

/**
 * Slots for operations with expensive fields: at most {@link RequestLimits#maxConcurrentExpensive()} run at once, and
 * at most {@link RequestLimits#maxConcurrentExpensivePerToken()} of one token or
 * {@link RequestLimits#maxConcurrentExpensivePerClient()} of one address without a token, so a client sending many at
 * once queues behind its own requests instead of everyone's. Waiting is first come, first served, per client and over
 * all clients (fair semaphores). A request waits up to {@link RequestLimits#busyWait()} for a slot, then is refused as
 * UNAVAILABLE "busy, retry" with {@code Retry-After}; cheap operations never take or wait for a slot.
 */
@Component
class ExpensiveOperationGate {

	private final RequestLimits limits;

	private final Semaphore global;

	private final ConcurrentHashMap<Client, ClientSlots> clients = new ConcurrentHashMap<>();

	ExpensiveOperationGate(RequestLimits limits) {
		this.limits = limits;
		this.global = new Semaphore(Math.max(1, limits.maxConcurrentExpensive()), true);
	}

	/**
	 * Who a slot is counted for: a token (by its id) or, for anonymous requests only, an address.
	 *
	 * @param key the token's id or the address
	 * @param token whether {@code key} is a token's id
	 */
	record Client(String key, boolean token) {

		static Client token(String id) {
			return new Client(id, true);
		}

		static Client address(String address) {
			return new Client(address, false);
		}

	}

	/**
	 * Takes a slot for {@code client}, waiting at most the busy wait.
	 * @return the slot; {@link Permit#release()} it when the operation is done
	 * @throws UnavailableException when no slot came free in time
	 */
	Permit enter(Client client) {
		long deadline = System.nanoTime() + this.limits.busyWait().toNanos();
		int share = share(client);
		ClientSlots slots = this.clients.compute(client, (key, existing) -> {
			ClientSlots s = existing == null ? new ClientSlots(share) : existing;
			s.users++;
			return s;
		});
		boolean clientSlot = false;
		try {
			clientSlot = slots.semaphore.tryAcquire(remaining(deadline), TimeUnit.NANOSECONDS);
			if (!clientSlot) {
				throw busy("this client already runs " + share + " expensive operations (paths, exposure, ranking,"
						+ " subgraph, search, funding summaries) at once, the limit " + (client.token() ? "per token"
								: "per address without a token (send a token to get slots of your own)"));
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

	private int share(Client client) {
		return Math.max(1, client.token() ? this.limits.maxConcurrentExpensivePerToken()
				: this.limits.maxConcurrentExpensivePerClient());
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

	private void leave(Client client) {
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

		private final Client client;

		private final ClientSlots slots;

		private boolean released;

		private Permit(ExpensiveOperationGate gate, Client client, ClientSlots slots) {
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
