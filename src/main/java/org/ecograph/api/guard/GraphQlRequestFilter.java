package org.ecograph.api.guard;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.ecograph.api.ApiError;
import org.ecograph.api.graphql.runtime.PersistedDocuments;
import org.ecograph.model.ErrorKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks every POST to the GraphQL endpoint before GraphQL sees it, so that no malformed or oversized request can
 * reach the framework's own parsing (which answers some of them with 500): the content type must be JSON, the body
 * at most {@link RequestLimits#maxBodySize()} (413 otherwise, refused before reading when the length is declared),
 * a JSON object with a non-blank string {@code query}, an optional string {@code operationName} and optional objects
 * {@code variables} (at most {@link RequestLimits#maxVariablesSize()}) and {@code extensions}; instead of the
 * {@code query}, a request may name a {@link PersistedDocuments persisted document}, whose text it then runs. Refusals are
 * GraphQL-shaped error bodies with a 4xx status and a message saying what is allowed.
 */
@Component
class GraphQlRequestFilter extends OncePerRequestFilter {

	private static final Set<String> JSON_SUBTYPES = Set.of("json", "graphql+json", "graphql");

	private static final String EXAMPLE = "send a JSON object such as {\"query\": \"{ entity(id: \\\"company:openai\\\")"
			+ " { name } }\", \"variables\": {}}";

	private final RequestLimits limits;

	private final JsonMapper json;

	private final String path;

	private final PersistedDocuments documents;

	GraphQlRequestFilter(RequestLimits limits, JsonMapper json, @Value("${spring.graphql.http.path:/graphql}") String path,
			PersistedDocuments documents) {
		this.limits = limits;
		this.json = json;
		this.path = path;
		this.documents = documents;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !this.path.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = this.limits.maxBodySize().toBytes();
		String contentType = request.getContentType();
		if (!isJson(contentType)) {
			refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type "
					+ (contentType == null ? "is missing" : "'" + shorten(contentType) + "' is not supported")
					+ ": send the request as application/json (or application/graphql+json)");
			return;
		}
		if (request.getContentLengthLong() > max) {
			refuse(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge(request.getContentLengthLong() + " bytes", max));
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
		if (body.length > max) {
			refuse(response, HttpStatus.CONTENT_TOO_LARGE, tooLarge("over " + max + " bytes", max));
			return;
		}
		Checked checked = check(body);
		if (checked.refusal() != null) {
			ErrorResponses.write(this.json, response, checked.refusal());
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, checked.body()), response);
	}

	private static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return "application".equals(type.getType()) && JSON_SUBTYPES.contains(type.getSubtype());
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static String tooLarge(String size, long max) {
		return "The request body is " + size + ": allowed at most " + max + " bytes (send a shorter document and"
				+ " fewer variables)";
	}

	/**
	 * The body to pass on, or why it is refused. A request naming a persisted document instead of sending its text
	 * passes on with the document's text as its {@code query}, so that everything after this filter sees a plain
	 * request.
	 */
	private Checked check(byte[] body) {
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
			return Checked.refused("The request body is not valid UTF-8 JSON" + where + ": "
					+ shorten(withoutClassNames(ex)) + "; " + EXAMPLE);
		}
		String problem = problem(root);
		if (problem != null) {
			return Checked.refused(problem);
		}
		JsonNode query = root.get("query");
		String text = query == null || query.isNull() ? null : query.asString();
		JsonNode extensions = root.get("extensions");
		JsonNode documentId = root.get("documentId");
		PersistedDocuments.Resolution resolution = this.documents.resolve(text,
				extensions == null || extensions.isNull() ? null : this.json.treeToValue(extensions, Map.class),
				documentId == null || documentId.isNull() ? null : documentId.asString());
		if (resolution.refusal() != null) {
			return new Checked(null, resolution.refusal());
		}
		if (resolution.document() == null) {
			return Checked.refused("The request has no query: " + EXAMPLE);
		}
		if (text != null) {
			return new Checked(body, null);
		}
		ObjectNode resolved = (ObjectNode) root;
		resolved.put("query", resolution.document());
		resolved.remove("documentId");
		return new Checked(this.json.writeValueAsBytes(resolved), null);
	}

	/** A body to pass on, or the refusal of a request. */
	private record Checked(byte[] body, ApiError refusal) {

		static Checked refused(String problem) {
			return new Checked(null, ApiError.of(ErrorKind.BAD_REQUEST, problem).withStatus(HttpStatus.BAD_REQUEST));
		}

	}

	/** What is wrong with the body, or {@code null} when it is a well-formed GraphQL request (or names a document). */
	private String problem(JsonNode root) {
		if (root == null || root.isMissingNode()) {
			return "The request body is empty: " + EXAMPLE;
		}
		if (!root.isObject()) {
			return "The request body is JSON " + root.getNodeType().name().toLowerCase() + ", not an object: " + EXAMPLE;
		}
		JsonNode query = root.get("query");
		if (query != null && !query.isNull() && (!query.isString() || query.asString().isBlank())) {
			return "query must be a non-blank string holding the GraphQL document: " + EXAMPLE;
		}
		JsonNode documentId = root.get("documentId");
		if (documentId != null && !documentId.isNull() && !documentId.isString()) {
			return "documentId must be a string, sha256:<the 64 hex digits of a persisted document's SHA-256>";
		}
		JsonNode operationName = root.get("operationName");
		if (operationName != null && !operationName.isNull() && !operationName.isString()) {
			return "operationName must be a string (the name of an operation of the document) or null";
		}
		String objects = objectOrNull(root, "variables");
		if (objects != null) {
			return objects;
		}
		objects = objectOrNull(root, "extensions");
		if (objects != null) {
			return objects;
		}
		JsonNode variables = root.get("variables");
		long max = this.limits.maxVariablesSize().toBytes();
		if (variables != null && variables.isObject()) {
			int size = this.json.writeValueAsBytes(variables).length;
			if (size > max) {
				return "variables are " + size + " bytes of JSON: allowed at most " + max + " bytes";
			}
		}
		return null;
	}

	/**
	 * The parser's reason in the client's terms: the JSON parser words some of its reasons with its own class and
	 * setting names ({@code DeserializationFeature}, {@code StreamReadConstraints}), which mean nothing to a client
	 * and tell an attacker what runs here.
	 */
	static String withoutClassNames(JacksonException ex) {
		String reason = ex.getOriginalMessage();
		if (reason == null || reason.isBlank()) {
			return "it cannot be read";
		}
		if (reason.startsWith("Trailing token")) {
			return "more follows the JSON object: send exactly one object";
		}
		return reason.replaceAll(",? from `[^`]*`", "")
			.replaceAll(": enable `[^`]*` to allow", ": not JSON")
			.replaceAll(" ?\\(bound as `[^`]*`\\)", "")
			.replaceAll("[:;,]? ?not allowed as per `[^`]*`", "")
			.replaceAll("`[^`]*`", "")
			.replaceAll("\\s+", " ")
			.trim();
	}

	private static String objectOrNull(JsonNode root, String name) {
		JsonNode node = root.get(name);
		if (node == null || node.isNull() || node.isObject()) {
			return null;
		}
		return name + " must be a JSON object (names to values) or null, not " + node.getNodeType().name().toLowerCase();
	}

	private void refuse(HttpServletResponse response, HttpStatus status, String message) throws IOException {
		ErrorResponses.write(this.json, response, ApiError.of(ErrorKind.BAD_REQUEST, message).withStatus(status));
	}

	private static String shorten(String text) {
		if (text == null) {
			return "";
		}
		String oneLine = text.replaceAll("\\s+", " ");
		return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
	}

	/** The request with its body already read, so the GraphQL handler reads the same bytes again. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
