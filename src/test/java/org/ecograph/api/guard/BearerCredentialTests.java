package org.ecograph.api.guard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The one reading of {@code Bearer <token>}, for the HTTP header and a WebSocket's connection_init. */
class BearerCredentialTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "Bearer eg_abc|eg_abc", "bearer eg_abc|eg_abc", "BEARER   eg_abc  |eg_abc" })
	void readsTheTokenWhateverTheSchemesCase(String value, String token) {
		assertThat(BearerCredential.token(value)).contains(token);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Basic dXNlcjpwdw==", "Bearer", "Bearereg_abc", "eg_abc", "" })
	void readsNoTokenFromAnythingElse(String value) {
		assertThat(BearerCredential.token(value)).isEmpty();
	}

}
