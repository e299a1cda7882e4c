package org.ecograph.analysis.exposure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link Beside}: a piece of a request's work runs once, on a spare thread when one takes it, else on the request's
 * own; the request never waits for a piece still queued, and what a piece throws reaches the request as thrown.
 */
class BesideTests {

	@Test
	void bothResultsComeBackInTheirOrderAndTheOfferedOneRunsOnASpareCoreWhenOneIsFree() throws Exception {
		ExecutorService spare = Executors.newSingleThreadExecutor(r -> new Thread(r, "spare"));
		try {
			AtomicReference<String> ranOn = new AtomicReference<>();
			CountDownLatch spareStarted = new CountDownLatch(1);
			Beside<String> piece = Beside.offer(() -> {
				ranOn.set(Thread.currentThread().getName());
				spareStarted.countDown();
				return "offered";
			}, spare);
			assertThat(spareStarted.await(10, TimeUnit.SECONDS)).isTrue();
			assertThat(piece.join()).isEqualTo("offered");
			assertThat(ranOn.get()).isEqualTo("spare");
		}
		finally {
			spare.shutdownNow();
		}
		assertThat(Beside.both(() -> 1, () -> 2)).containsExactly(1, 2);
	}

	@Test
	void aPieceNoThreadTookIsRunByTheCallerAndNeverTwice() {
		List<Runnable> queued = new ArrayList<>();
		AtomicInteger runs = new AtomicInteger();
		Beside<String> piece = Beside.offer(() -> {
			runs.incrementAndGet();
			return Thread.currentThread().getName();
		}, queued::add);
		assertThat(piece.join()).isEqualTo(Thread.currentThread().getName());
		// the spare thread reaches it late: it finds it taken and leaves it
		queued.forEach(Runnable::run);
		assertThat(runs.get()).isEqualTo(1);
		assertThat(piece.join()).isEqualTo(Thread.currentThread().getName());
		assertThat(Beside.offer(() -> "alone", null).join()).isEqualTo("alone");
	}

	@Test
	void theCallerWaitsForAPieceAlreadyRunningElsewhere() throws Exception {
		ExecutorService spare = Executors.newSingleThreadExecutor();
		try {
			CountDownLatch started = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			Beside<String> piece = Beside.offer(() -> {
				started.countDown();
				await(release);
				return "finished elsewhere";
			}, spare);
			assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
			Thread releaser = new Thread(() -> {
				sleep(100);
				release.countDown();
			});
			releaser.start();
			assertThat(piece.join()).isEqualTo("finished elsewhere");
			assertThat(release.getCount()).isZero();
			releaser.join();
		}
		finally {
			spare.shutdownNow();
		}
	}

	@Test
	void whatAPieceThrowsReachesTheCallerAsThrownAndBothSidesHaveEndedWhenBothThrows() {
		List<Runnable> queued = new ArrayList<>();
		Beside<String> failing = Beside.offer(() -> {
			throw new IllegalArgumentException("offered failed");
		}, queued::add);
		assertThatThrownBy(failing::join).isExactlyInstanceOf(IllegalArgumentException.class)
			.hasMessage("offered failed");

		AtomicInteger offeredRuns = new AtomicInteger();
		assertThatThrownBy(() -> Beside.both(() -> {
			offeredRuns.incrementAndGet();
			throw new IllegalStateException("offered failed too");
		}, () -> {
			throw new ArithmeticException("here failed");
		})).isExactlyInstanceOf(ArithmeticException.class)
			.hasMessage("here failed")
			.satisfies(ex -> assertThat(ex.getSuppressed()).singleElement()
				.isInstanceOf(IllegalStateException.class));
		assertThat(offeredRuns.get()).isEqualTo(1);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
