package org.ecograph.api.graphql.runtime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which GraphQL documents the server runs.
 *
 * @param persistedDocuments {@code any} (the default): documents sent as text, documents shipped with the server
 * (named by their SHA-256 hash), and documents a client registers by sending the text with its hash (Apollo's
 * automatic persisted queries); {@code only-registered}: only the documents shipped with the server, by hash or by
 * their exact text, so that no client can run a document the operator has not seen
 * ({@code ecograph.api.persisted-documents})
 */
@ConfigurationProperties("ecograph.api")
public record PersistedDocumentsProperties(@DefaultValue("any") Mode persistedDocuments) {

	/** Which documents the server runs. */
	public enum Mode {

		/** Any document: text, shipped, or registered by a client. */
		ANY,

		/** Only the documents shipped with the server. */
		ONLY_REGISTERED

	}

}
