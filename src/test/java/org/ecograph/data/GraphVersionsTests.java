package org.ecograph.data;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.ecograph.WritableGraphTest;
import org.ecograph.analysis.projection.ProjectionHolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader must see of this instance's writes ({@link GraphVersions#settled()}): a write is known once it
 * commits, and settled once its commit listeners (the analysis snapshot's wait among them) have returned, that is
 * before it returns to its writer; a database read that sees it meanwhile does not settle it.
 */
@WritableGraphTest
class GraphVersionsTests {

	@Autowired
	GraphVersions versions;

	@Autowired
	Transactions transactions;

	@Autowired
	ProjectionHolder projection;

	@Test
	void aWriteIsSettledOnceItsCommitListenersReturnedNotWhenADatabaseReadSawIt() throws Exception {
		long before = this.versions.current();
		CountDownLatch entered = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		AtomicBoolean armed = new AtomicBoolean(true);
		this.versions.onCommitted(version -> {
			if (armed.compareAndSet(true, false)) {
				entered.countDown();
				try {
					release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		});
		CompletableFuture<Long> write = CompletableFuture
			.supplyAsync(() -> this.transactions.write(null, status -> this.versions.bump()));
		try {
			assertThat(entered.await(30, TimeUnit.SECONDS)).as("the listener ran").isTrue();
			long written = before + 1;

			assertThat(this.versions.known()).as("known once committed").isEqualTo(written);
			assertThat(this.versions.settled()).as("not settled while its listeners run").isEqualTo(before);
			assertThat(this.versions.poll()).as("the database has it").isEqualTo(written);
			assertThat(this.versions.settled()).as("a read that saw it does not settle it").isEqualTo(before);
		}
		finally {
			release.countDown();
		}

		long written = write.get(30, TimeUnit.SECONDS);

		assertThat(written).isEqualTo(before + 1);
		assertThat(this.versions.settled()).isEqualTo(written);
	}

	@Test
	void aWriteReturnsOnceTheAnalysisSnapshotOfItsVersionIsIn() {
		this.projection.snapshot();

		long written = this.transactions.write(null, status -> this.versions.bump());

		assertThat(this.projection.currentOrNull().version()).as("no request asked for it; the write waited for it")
			.isEqualTo(written);
	}

}
