package org.ecograph.api.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.ecograph.model.ErrorKind;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the refusals of the security filters in the shape of GraphQL errors, as the API's own refusals before
 * GraphQL runs: {@code {"errors": [{"message": ..., "extensions": {"classification": ...}}]}}, with the HTTP status
 * of the {@link ErrorKind}.
 */
final class ErrorResponses {

	private ErrorResponses() {
	}

	static void write(JsonMapper json, HttpServletResponse response, ErrorKind kind, String message)
			throws IOException {
		response.setStatus(kind.httpStatus());
		if (kind == ErrorKind.UNAUTHENTICATED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"ecograph\"");
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Map<String, Object> error = Map.of("message", message, "extensions", Map.of("classification", kind.name()));
		response.getOutputStream().write(json.writeValueAsBytes(Map.of("errors", List.of(error))));
	}

}
