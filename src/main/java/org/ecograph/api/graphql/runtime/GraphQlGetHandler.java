package org.ecograph.api.graphql.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import graphql.language.OperationDefinition;
import org.ecograph.api.ApiError;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Transactions;
import org.ecograph.model.ErrorKind;
import org.ecograph.security.Caller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /graphql?query=...&variables=...&operationName=...} (or {@code extensions} / {@code documentId} naming a
 * persisted document instead of {@code query}): runs a query through the same interceptors, guards and limits as a
 * POST, and makes its answer cacheable by the graph's version. The {@code ETag} is derived from the current graph
 * version ({@link GraphVersions}, version and stamp), the document, the variables, the operation and the caller's
 * role; a request whose {@code If-None-Match} holds it is answered {@code 304 Not Modified} without running. An answer
 * with errors is never cached. A mutation (or subscription) over GET is refused with 405: a GET must not write.
 */
final class GraphQlGetHandler {

	/** Anonymous answers: any cache may keep them, but must ask again (a cheap 304) before each use. */
	static final String PUBLIC = "public, max-age=0, must-revalidate";

	/** Answers to a token holder: only the client's own cache may keep them. */
	static final String PRIVATE = "private, max-age=0, must-revalidate";

	private static final String EXAMPLE = "e.g. GET /graphql?query=%7B%20vocabulary%20%7B%20relationKinds%20%7B%20name"
			+ "%20%7D%20%7D%20%7D";

	private final WebGraphQlHandler graphQl;

	private final Documents documents;

	private final PersistedDocuments persisted;

	private final GraphVersions versions;

	private final Transactions transactions;

	private final JsonMapper json;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	GraphQlGetHandler(WebGraphQlHandler graphQl, Documents documents, PersistedDocuments persisted,
			GraphVersions versions, Transactions transactions, JsonMapper json) {
		this.graphQl = graphQl;
		this.documents = documents;
		this.persisted = persisted;
		this.versions = versions;
		this.transactions = transactions;
		this.json = json;
	}

	ServerResponse handle(ServerRequest request) {
		Map<String, Object> variables;
		Map<String, Object> extensions;
		try {
			variables = jsonObject(request, "variables");
			extensions = jsonObject(request, "extensions");
		}
		catch (IllegalArgumentException ex) {
			return refuse(ApiError.of(ErrorKind.BAD_REQUEST, ex.getMessage()).withStatus(HttpStatus.BAD_REQUEST));
		}
		String operationName = request.param("operationName").filter(name -> !name.isEmpty()).orElse(null);
		PersistedDocuments.Resolution resolution = this.persisted.resolve(request.param("query").orElse(null),
				extensions, request.param("documentId").orElse(null));
		if (resolution.refusal() != null) {
			return refuse(resolution.refusal());
		}
		if (resolution.document() == null) {
			return refuse(ApiError.of(ErrorKind.BAD_REQUEST, "GET /graphql needs the parameter query (the GraphQL"
					+ " document, URL-encoded), or extensions or documentId naming a persisted document; optionally"
					+ " variables (a JSON object) and operationName: " + EXAMPLE).withStatus(HttpStatus.BAD_REQUEST));
		}
		String document = resolution.document();
		Optional<OperationDefinition.Operation> type = this.documents.parse(document)
			.operation(operationName)
			.map(OperationDefinition::getOperation);
		if (type.isPresent() && type.get() != OperationDefinition.Operation.QUERY) {
			ApiError error = ApiError.of(ErrorKind.BAD_REQUEST, "GET /graphql runs queries only: send the "
					+ type.get().name().toLowerCase() + " as POST /graphql with a JSON body, as a GET must never write")
				.withStatus(HttpStatus.METHOD_NOT_ALLOWED);
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.header(HttpHeaders.ALLOW, "POST")
				.contentType(MediaType.APPLICATION_JSON)
				.body(error.graphQlBody());
		}
		Optional<Caller> caller = Caller.current();
		String etag = etag(document, variables, operationName, caller);
		String cacheControl = caller.isPresent() ? PRIVATE : PUBLIC;
		if (matches(request.headers().header(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED)
				.header(HttpHeaders.ETAG, etag)
				.header(HttpHeaders.CACHE_CONTROL, cacheControl)
				.header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
				.build();
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("operationName", operationName);
		body.put("variables", variables);
		body.put("extensions", extensions);
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				new LinkedMultiValueMap<>(), request.remoteAddress().orElse(null), request.attributes(), body,
				this.ids.generateId().toString(), LocaleContextHolder.getLocale());
		return ServerResponse.async(this.graphQl.handleRequest(graphQlRequest)
			.map(response -> answer(response, etag, cacheControl))
			.toFuture());
	}

	private static ServerResponse answer(WebGraphQlResponse response, String etag, String cacheControl) {
		ServerResponse.BodyBuilder builder = ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> headers.addAll(response.getResponseHeaders()));
		if (response.getErrors().isEmpty()) {
			builder.header(HttpHeaders.ETAG, etag)
				.header(HttpHeaders.CACHE_CONTROL, cacheControl)
				.header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
		}
		else {
			builder.header(HttpHeaders.CACHE_CONTROL, "no-store");
		}
		return builder.body(response.toMap());
	}

	private ServerResponse refuse(ApiError error) {
		return ServerResponse.status(error.status())
			.headers(headers -> headers.addAll(error.headers()))
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.contentType(MediaType.APPLICATION_JSON)
			.body(error.graphQlBody());
	}

	/**
	 * The entity tag of an answer: the graph version it was read at and a hash of everything else it depends on. The
	 * version is read before the query runs, so an answer is never labelled newer than the data it holds: at worst a
	 * write between the two makes the next request run again.
	 */
	private String etag(String document, Map<String, Object> variables, String operationName, Optional<Caller> caller) {
		GraphVersions.Stamped version = this.transactions.read(this.versions::stamped);
		String role = caller.map(c -> c.role().name()).orElse("ANONYMOUS");
		String request = String.join("\n", String.valueOf(version.stamp()), role, String.valueOf(operationName),
				this.json.writeValueAsString(sorted(variables)), document);
		return "W/\"g" + version.version() + "-" + PersistedDocuments.sha256(request).substring(0, 24) + "\"";
	}

	/** Whether {@code If-None-Match} names {@code etag} (weak comparison, as for GET) or is {@code *}. */
	static boolean matches(List<String> ifNoneMatch, String etag) {
		String opaque = opaque(etag);
		for (String header : ifNoneMatch) {
			for (String tag : header.split(",")) {
				String candidate = tag.trim();
				if (candidate.equals("*") || opaque(candidate).equals(opaque)) {
					return true;
				}
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	/** Maps with their keys sorted, at every level: one JSON text for equal variables however they were ordered. */
	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> out = new TreeMap<>();
			map.forEach((key, item) -> out.put(String.valueOf(key), sorted(item)));
			return out;
		}
		if (value instanceof List<?> list) {
			return list.stream().map(GraphQlGetHandler::sorted).toList();
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> jsonObject(ServerRequest request, String name) {
		Optional<String> text = request.param(name).filter(value -> !value.isBlank());
		if (text.isEmpty()) {
			return null;
		}
		Object value;
		try {
			value = this.json.readValue(text.get(), Object.class);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(name + " is not valid JSON: send a URL-encoded JSON object, e.g. "
					+ name + "=%7B%22id%22%3A%22company%3Adell%22%7D");
		}
		if (value != null && !(value instanceof Map)) {
			throw new IllegalArgumentException(name + " must be a JSON object (names to values) or absent");
		}
		return (Map<String, Object>) value;
	}

}
