package org.ecograph.api.guard;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ecograph.model.UnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The line of cheap requests and mutations: a bound on those executing, mutations ahead of reads, FIFO within each. */
class RequestAdmissionTests {

	private final ExecutorService threads = Executors.newCachedThreadPool();

	@AfterEach
	void stop() {
		this.threads.shutdownNow();
	}

	@Test
	void aFreedSlotGoesToTheWaitingMutationFirstThenToReadsInArrivalOrder() throws Exception {
		RequestAdmission admission = new RequestAdmission(new AdmissionLimits(2, Duration.ofMinutes(1)));
		RequestAdmission.Slot first = admission.enter(RequestAdmission.Priority.READ);
		RequestAdmission.Slot second = admission.enter(RequestAdmission.Priority.READ);
		List<String> admitted = new CopyOnWriteArrayList<>();
		Future<RequestAdmission.Slot> readA = queue(admission, RequestAdmission.Priority.READ, "read a", admitted, 1);
		Future<RequestAdmission.Slot> readB = queue(admission, RequestAdmission.Priority.READ, "read b", admitted, 2);
		Future<RequestAdmission.Slot> write = queue(admission, RequestAdmission.Priority.MUTATION, "mutation", admitted,
				3);
		assertThat(admission.state()).containsExactly(2, 3);
		first.release();
		write.get().release();
		readA.get();
		second.release();
		readB.get();
		assertThat(admitted).containsExactly("mutation", "read a", "read b");
		assertThat(admission.state()).containsExactly(2, 0);
	}

	@Test
	void aRequestThatWaitsTooLongIsRefusedAndLeavesTheLine() {
		RequestAdmission admission = new RequestAdmission(new AdmissionLimits(1, Duration.ZERO));
		RequestAdmission.Slot only = admission.enter(RequestAdmission.Priority.READ);
		assertThatExceptionOfType(UnavailableException.class)
			.isThrownBy(() -> admission.enter(RequestAdmission.Priority.MUTATION))
			.withMessageStartingWith("The server is busy: 1 requests are executing")
			.satisfies(ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(2));
		assertThat(admission.state()).containsExactly(1, 0);
		only.release();
		only.release();
		assertThat(admission.state()).containsExactly(0, 0);
		admission.enter(RequestAdmission.Priority.READ);
		assertThat(admission.state()).containsExactly(1, 0);
	}

	@Test
	void zeroMeansNoLimitAndTheDefaultIsTwiceTheCores() {
		RequestAdmission unlimited = new RequestAdmission(new AdmissionLimits(0, Duration.ZERO));
		for (int i = 0; i < 100; i++) {
			unlimited.enter(RequestAdmission.Priority.READ);
		}
		assertThat(new AdmissionLimits(-1, Duration.ZERO).effectiveMaxConcurrent())
			.isEqualTo(2 * Runtime.getRuntime().availableProcessors());
	}

	/** Queues a request from another thread and returns once it waits in line as the {@code position}-th. */
	private Future<RequestAdmission.Slot> queue(RequestAdmission admission, RequestAdmission.Priority priority,
			String name, List<String> admitted, int position) throws InterruptedException {
		Future<RequestAdmission.Slot> slot = this.threads.submit(() -> {
			RequestAdmission.Slot taken = admission.enter(priority);
			admitted.add(name);
			return taken;
		});
		while (admission.state()[1] < position) {
			Thread.sleep(1);
		}
		return slot;
	}

}
