package org.ecograph.api.guard;

import java.time.Duration;

import org.ecograph.model.UnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The slots of expensive operations: a cap over all clients and a smaller one per client. */
class ExpensiveOperationGateTests {

	private final ExpensiveOperationGate gate = new ExpensiveOperationGate(new RequestLimits(DataSize.ofMegabytes(1),
			DataSize.ofKilobytes(256), Duration.ofSeconds(15), 3, 2, Duration.ZERO));

	@Test
	void oneClientCannotTakeMoreThanItsShare() {
		gate.enter("a");
		gate.enter("a");
		assertThatExceptionOfType(UnavailableException.class).isThrownBy(() -> gate.enter("a"))
			.withMessageStartingWith("The server is busy: this client already runs 2 expensive operations")
			.satisfies(ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(2));
		assertThat(gate.enter("b")).isNotNull();
	}

	@Test
	void refusesEveryoneWhenAllSlotsAreTakenAndRecoversOnRelease() {
		ExpensiveOperationGate.Permit first = gate.enter("a");
		gate.enter("b");
		gate.enter("c");
		assertThatExceptionOfType(UnavailableException.class).isThrownBy(() -> gate.enter("d"))
			.withMessageStartingWith("The server is busy: 3 expensive operations are running");
		first.release();
		first.release();
		assertThat(gate.available()).isEqualTo(1);
		assertThat(gate.enter("d")).isNotNull();
		assertThat(gate.available()).isZero();
	}

	@Test
	void aRefusedClientKeepsNoSlot() {
		gate.enter("a");
		gate.enter("b");
		gate.enter("c");
		assertThatExceptionOfType(UnavailableException.class).isThrownBy(() -> gate.enter("a"));
		assertThatExceptionOfType(UnavailableException.class).isThrownBy(() -> gate.enter("a"));
		assertThat(gate.available()).isZero();
	}

}
