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
			DataSize.ofKilobytes(256), Duration.ofSeconds(15), 3, 2, Duration.ZERO, 2));

	private static ExpensiveOperationGate.Client anonymous(String address) {
		return ExpensiveOperationGate.Client.address(address);
	}

	@Test
	void oneClientCannotTakeMoreThanItsShare() {
		gate.enter(anonymous("a"));
		gate.enter(anonymous("a"));
		assertThatExceptionOfType(UnavailableException.class).isThrownBy(() -> gate.enter(anonymous("a")))
			.withMessageStartingWith("The server is busy: this client already runs 2 expensive operations")
			.satisfies(ex -> assertThat(ex.retryAfterSeconds()).isEqualTo(2));
		assertThat(gate.enter(anonymous("b"))).isNotNull();
	}

	@Test
	void refusesEveryoneWhenAllSlotsAreTakenAndRecoversOnRelease() {
		ExpensiveOperationGate.Permit first = gate.enter(anonymous("a"));
		gate.enter(anonymous("b"));
		gate.enter(anonymous("c"));
		assertThatExceptionOfType(UnavailableException.class).isThrownBy(() -> gate.enter(anonymous("d")))
			.withMessageStartingWith("The server is busy: 3 expensive operations are running");
		first.release();
		first.release();
		assertThat(gate.available()).isEqualTo(1);
		assertThat(gate.enter(anonymous("d"))).isNotNull();
		assertThat(gate.available()).isZero();
	}

	@Test
	void aRefusedClientKeepsNoSlot() {
		gate.enter(anonymous("a"));
		gate.enter(anonymous("b"));
		gate.enter(anonymous("c"));
		assertThatExceptionOfType(UnavailableException.class).isThrownBy(() -> gate.enter(anonymous("a")));
		assertThatExceptionOfType(UnavailableException.class).isThrownBy(() -> gate.enter(anonymous("a")));
		assertThat(gate.available()).isZero();
	}

	@Test
	void aTokenHasSlotsOfItsOwnBesideItsAddressAndItsOwnLimit() {
		gate.enter(anonymous("a"));
		gate.enter(anonymous("a"));
		assertThat(gate.enter(ExpensiveOperationGate.Client.token("a"))).isNotNull();
		assertThatExceptionOfType(UnavailableException.class)
			.isThrownBy(() -> gate.enter(ExpensiveOperationGate.Client.token("a")))
			.withMessageStartingWith("The server is busy: 3 expensive operations are running");
	}

	@Test
	void saysWhichLimitARefusedClientReached() {
		ExpensiveOperationGate perToken = new ExpensiveOperationGate(new RequestLimits(DataSize.ofMegabytes(1),
				DataSize.ofKilobytes(256), Duration.ofSeconds(15), 8, 2, Duration.ZERO, 1));
		perToken.enter(ExpensiveOperationGate.Client.token("t"));
		assertThatExceptionOfType(UnavailableException.class)
			.isThrownBy(() -> perToken.enter(ExpensiveOperationGate.Client.token("t")))
			.withMessageStartingWith("The server is busy: this client already runs 1 expensive operations")
			.withMessageContaining("at once, the limit per token;");
		perToken.enter(anonymous("t"));
		perToken.enter(anonymous("t"));
		assertThatExceptionOfType(UnavailableException.class).isThrownBy(() -> perToken.enter(anonymous("t")))
			.withMessageContaining("the limit per address without a token (send a token to get slots of your own)");
	}

}
