package org.ecograph.api.graphql.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.ecograph.api.ApiError;
import org.ecograph.model.ErrorKind;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Documents a client names by the SHA-256 hash of their text instead of sending it: those shipped with the server
 * ({@value #LOCATION}, hashed at start) and, unless the operator allows only those, those clients register by
 * sending the text with its hash (Apollo's automatic persisted queries; at most {@value #REGISTERED} kept, the least
 * recently used forgotten). A request names a document by {@code extensions.persistedQuery.sha256Hash} (Apollo) or
 * by {@code documentId} ({@code sha256:<hex>} or the bare hex, the GraphQL over HTTP draft's form).
 */
@Component
public class PersistedDocuments {

	private static final Log logger = LogFactory.getLog(PersistedDocuments.class);

	/** Where the shipped documents are read from, one document per file. */
	static final String LOCATION = "classpath*:graphql-documents/*.graphql";

	/** How many documents registered by clients are kept. */
	static final int REGISTERED = 1000;

	/** The error code Apollo clients react to by sending the text with the hash. */
	public static final String NOT_FOUND_CODE = "PERSISTED_QUERY_NOT_FOUND";

	private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

	private final PersistedDocumentsProperties.Mode mode;

	private final Map<String, String> shipped;

	private final Map<String, String> registered = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > REGISTERED;
		}

	};

	PersistedDocuments(PersistedDocumentsProperties properties) {
		this.mode = properties.persistedDocuments();
		this.shipped = load();
		logger.info("Persisted documents: " + this.shipped.size() + " shipped, mode "
				+ this.mode.name().toLowerCase().replace('_', '-'));
	}

	private static Map<String, String> load() {
		Map<String, String> documents = new TreeMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				String text = resource.getContentAsString(StandardCharsets.UTF_8);
				documents.put(sha256(text), text);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The shipped GraphQL documents (" + LOCATION + ") cannot be read", ex);
		}
		return Map.copyOf(documents);
	}

	/** The lowercase hex SHA-256 of the document's UTF-8 text: its name as a persisted document. */
	public static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/** The hashes of the documents shipped with the server. */
	public java.util.Set<String> shippedHashes() {
		return this.shipped.keySet();
	}

	/**
	 * The text a request runs, from what it sent.
	 *
	 * @param document the request's {@code query}, or {@code null}
	 * @param extensions the request's {@code extensions}, or {@code null}
	 * @param documentId the request's {@code documentId}, or {@code null}
	 * @return the text to run, or why the request is refused; empty text and no refusal when the request named no
	 * document at all
	 */
	public Resolution resolve(String document, Map<?, ?> extensions, String documentId) {
		String named;
		try {
			named = hash(extensions, documentId);
		}
		catch (IllegalArgumentException ex) {
			return Resolution.refused(ApiError.of(ErrorKind.BAD_REQUEST, ex.getMessage()));
		}
		boolean hasText = document != null && !document.isBlank();
		if (named == null) {
			if (hasText && this.mode == PersistedDocumentsProperties.Mode.ONLY_REGISTERED
					&& !this.shipped.containsKey(sha256(document))) {
				return Resolution.refused(ApiError.of(ErrorKind.BAD_REQUEST, "This server runs only the documents"
						+ " shipped with it (ecograph.api.persisted-documents=only-registered): send"
						+ " extensions.persistedQuery.sha256Hash or documentId naming one of them instead of a text"
						+ " of your own"));
			}
			return Resolution.of(hasText ? document : null);
		}
		if (hasText) {
			return register(named, document);
		}
		return known(named).map(Resolution::of).orElseGet(() -> Resolution.refused(notFound(named)));
	}

	private Resolution register(String named, String document) {
		if (!named.equals(sha256(document))) {
			return Resolution.refused(ApiError.of(ErrorKind.BAD_REQUEST, "The sha256Hash " + named + " is not the"
					+ " SHA-256 of the query sent with it: send the hash of the query's exact UTF-8 text"));
		}
		if (this.shipped.containsKey(named)) {
			return Resolution.of(document);
		}
		if (this.mode == PersistedDocumentsProperties.Mode.ONLY_REGISTERED) {
			return Resolution.refused(ApiError.of(ErrorKind.BAD_REQUEST, "This server runs only the documents shipped"
					+ " with it (ecograph.api.persisted-documents=only-registered); " + named + " is not one of them"
					+ " and clients cannot register documents"));
		}
		synchronized (this.registered) {
			this.registered.put(named, document);
		}
		return Resolution.of(document);
	}

	private Optional<String> known(String hash) {
		String text = this.shipped.get(hash);
		if (text != null) {
			return Optional.of(text);
		}
		synchronized (this.registered) {
			return Optional.ofNullable(this.registered.get(hash));
		}
	}

	private ApiError notFound(String hash) {
		String then = this.mode == PersistedDocumentsProperties.Mode.ONLY_REGISTERED
				? "this server runs only the documents shipped with it"
				: "send the query's text in `query` with the same hash, which registers it";
		// Apollo clients recognise the message and the code; OK, as Apollo's servers answer it
		return ApiError
			.of(ErrorKind.NOT_FOUND, "PersistedQueryNotFound: no document has the sha256Hash " + hash + ": " + then,
					Map.of("code", NOT_FOUND_CODE))
			.withStatus(HttpStatus.OK);
	}

	/** The hash a request names, or {@code null}; a malformed one is an {@link IllegalArgumentException}. */
	private static String hash(Map<?, ?> extensions, String documentId) {
		if (documentId != null) {
			String hex = documentId.startsWith("sha256:") ? documentId.substring("sha256:".length()) : documentId;
			return checked(hex, "documentId must be sha256:<the 64 hex digits of the document's SHA-256>");
		}
		if (extensions == null || extensions.get("persistedQuery") == null) {
			return null;
		}
		if (!(extensions.get("persistedQuery") instanceof Map<?, ?> persisted)
				|| !(persisted.get("sha256Hash") instanceof String hex)) {
			throw new IllegalArgumentException("extensions.persistedQuery must be an object with a string"
					+ " sha256Hash, the 64 hex digits of the document's SHA-256");
		}
		return checked(hex, "extensions.persistedQuery.sha256Hash must be the 64 hex digits of the document's SHA-256");
	}

	private static String checked(String hex, String message) {
		String lower = hex.toLowerCase();
		if (!HASH.matcher(lower).matches()) {
			throw new IllegalArgumentException(message + ", not '" + (hex.length() > 70 ? hex.substring(0, 70) + "..."
					: hex) + "'");
		}
		return lower;
	}

	/**
	 * What a request runs.
	 *
	 * @param document the text to run; {@code null} when the request named none (nor is refused)
	 * @param refusal why the request is refused; {@code null} when it is not
	 */
	public record Resolution(String document, ApiError refusal) {

		static Resolution of(String document) {
			return new Resolution(document, null);
		}

		static Resolution refused(ApiError refusal) {
			return new Resolution(null, refusal);
		}

	}

}
