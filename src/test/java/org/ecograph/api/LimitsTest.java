package org.ecograph.api;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class LimitsTest {

	@Test
	void acceptsBothBounds() {
		assertThatNoException().isThrownBy(() -> {
			Limits.check("maxHops", 1, 1, 6);
			Limits.check("maxHops", 6, 1, 6);
		});
	}

	@Test
	void rejectsMaxHopsOverLimit() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Limits.check("maxHops", 9, 1, 6))
			.withMessage("maxHops 9 is out of range: allowed 1..6");
	}

	@Test
	void rejectsValueUnderMinimum() {
		assertThatExceptionOfType(BadRequestException.class).isThrownBy(() -> Limits.check("k", 0, 1, 20))
			.withMessage("k 0 is out of range: allowed 1..20");
	}

	@Test
	void rejectsNegativeConfidence() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> Limits.checkFraction("minConfidence", -0.1))
			.withMessage("minConfidence -0.1 is out of range: allowed 0..1");
	}

	@Test
	void rejectsIdWithoutKindPrefix() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> Limits.checkEntityId("from", "openai"))
			.withMessageStartingWith("from 'openai' is not an entity id");
	}

	@Test
	void rejectsIdWithUnknownKind() {
		assertThatExceptionOfType(BadRequestException.class)
			.isThrownBy(() -> Limits.checkEntityId("id", "person:sam-altman"))
			.withMessageStartingWith("id 'person:sam-altman' is not an entity id");
	}

	@Test
	void acceptsWellFormedIds() {
		assertThatNoException().isThrownBy(() -> Limits.checkEntityId("id", "program:genesis-mission"));
	}

}
