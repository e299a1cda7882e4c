package org.ecograph.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CursorsTest {

	@Test
	void decodesWhatItEncoded() {
		String cursor = Cursors.encode("entities", "SoftBank Group", "company:softbank");
		assertThat(Cursors.decode("entities", cursor, 2)).containsExactly("SoftBank Group", "company:softbank");
	}

	@Test
	void keepsChineseKeys() {
		String cursor = Cursors.encode("entities", "星际之门", "program:stargate");
		assertThat(Cursors.decode("entities", cursor, 2)).isEqualTo(List.of("星际之门", "program:stargate"));
	}

	@Test
	void decodesNoCursorAsNoKey() {
		assertThat(Cursors.decode("entities", null, 2)).isNull();
	}

	@Test
	void rejectsACursorOfAnotherListing() {
		String cursor = Cursors.encode("relations", "claim:dell-supplies-oracle");
		assertThatExceptionOfType(InvalidCursorException.class).isThrownBy(() -> Cursors.decode("entities", cursor, 2))
			.withMessageStartingWith("after '" + cursor + "' is not a cursor of this listing");
	}

	@Test
	void rejectsTextThatIsNotBase64() {
		assertThatExceptionOfType(InvalidCursorException.class)
			.isThrownBy(() -> Cursors.decode("relations", "not a cursor!", 1));
	}

}
