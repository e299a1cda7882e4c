package org.ecograph.api.graphql.runtime;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which texts a request runs in either mode, without a server. */
class PersistedDocumentsTest {

	private final PersistedDocuments any = new PersistedDocuments(
			new PersistedDocumentsProperties(PersistedDocumentsProperties.Mode.ANY));

	private final PersistedDocuments onlyRegistered = new PersistedDocuments(
			new PersistedDocumentsProperties(PersistedDocumentsProperties.Mode.ONLY_REGISTERED));

	@Test
	void shipsTheExplorersDocuments() {
		assertThat(this.any.shippedHashes()).hasSizeGreaterThanOrEqualTo(8).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
	}

	@Test
	void onlyRegisteredRefusesFreeTextAndRegistration() {
		String text = "{ __typename }";
		PersistedDocuments.Resolution free = this.onlyRegistered.resolve(text, null, null);
		assertThat(free.refusal().message()).isEqualTo("This server runs only the documents shipped with it"
				+ " (ecograph.api.persisted-documents=only-registered): send extensions.persistedQuery.sha256Hash or"
				+ " documentId naming one of them instead of a text of your own");
		assertThat(free.refusal().status().value()).isEqualTo(400);

		String hash = PersistedDocuments.sha256(text);
		PersistedDocuments.Resolution register = this.onlyRegistered.resolve(text, persisted(hash), null);
		assertThat(register.refusal().message()).startsWith("This server runs only the documents shipped with it")
			.contains(hash + " is not one of them and clients cannot register documents");
		assertThat(this.onlyRegistered.resolve(null, persisted(hash), null).refusal().message())
			.isEqualTo("PersistedQueryNotFound: no document has the sha256Hash " + hash
					+ ": this server runs only the documents shipped with it");
	}

	@Test
	void onlyRegisteredRunsShippedDocumentsByHashOrByTheirExactText() {
		String hash = this.onlyRegistered.shippedHashes().iterator().next();
		PersistedDocuments.Resolution byHash = this.onlyRegistered.resolve(null, persisted(hash), null);
		assertThat(byHash.refusal()).isNull();
		assertThat(this.onlyRegistered.resolve(byHash.document(), null, null)).isEqualTo(byHash);
		assertThat(this.onlyRegistered.resolve(null, null, "sha256:" + hash.toUpperCase())).isEqualTo(byHash);
	}

	@Test
	void anyRunsTextAndRegistersWhatAClientHashes() {
		String text = "{ vocabulary { claimStatuses { name } } }";
		String hash = PersistedDocuments.sha256(text);
		assertThat(this.any.resolve(text, null, null).document()).isEqualTo(text);
		assertThat(this.any.resolve(null, persisted(hash), null).refusal().details())
			.containsEntry("code", "PERSISTED_QUERY_NOT_FOUND");
		assertThat(this.any.resolve(text, persisted(hash), null).document()).isEqualTo(text);
		assertThat(this.any.resolve(null, persisted(hash), null).document()).isEqualTo(text);
		assertThat(this.any.resolve(null, null, null)).isEqualTo(new PersistedDocuments.Resolution(null, null));
	}

	@Test
	void refusesAMalformedPersistedQueryExtension() {
		assertThat(this.any.resolve(null, Map.of("persistedQuery", "abc"), null).refusal().message())
			.isEqualTo("extensions.persistedQuery must be an object with a string sha256Hash, the 64 hex digits of"
					+ " the document's SHA-256");
	}

	private static Map<String, Object> persisted(String hash) {
		return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
	}

}
