package org.ecograph.api.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.ecograph.api.ApiError;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the refusal of a request before GraphQL runs (by the request filter, the bearer-token filter and the
 * security chain) as the {@link ApiError#graphQlBody() GraphQL-shaped body} of the failure, with its HTTP status and
 * headers, so clients read every refusal in one way.
 */
final class ErrorResponses {

	private ErrorResponses() {
	}

	static void write(JsonMapper json, HttpServletResponse response, ApiError error) throws IOException {
		response.setStatus(error.status().value());
		error.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(json.writeValueAsBytes(error.graphQlBody()));
	}

}
