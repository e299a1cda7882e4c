package org.ecograph.api.http;

import java.util.Map;

import org.ecograph.api.ApiError;
import org.ecograph.api.ApiErrors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The export's failures as {@code {"error": "..."}}, classified as GraphQL classifies them ({@link ApiErrors}), with
 * the HTTP status of their kind: a malformed or out-of-range parameter, or a query that ran into the query timeout,
 * 400; an unknown format or entity 404, each message naming the parameter, the value and what is allowed (or the
 * id); an unreachable database or a concurrent write 503 with {@code Retry-After}; anything else is logged and
 * answered 500 "Internal error", never with a stack trace or the exception's message.
 */
@RestControllerAdvice(assignableTypes = ExportController.class)
class ExportExceptionHandler {

	private final ApiErrors errors;

	ExportExceptionHandler(ApiErrors errors) {
		this.errors = errors;
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> handle(Exception ex) {
		ApiError error = this.errors.of(ex, "in an export");
		return ResponseEntity.status(error.status())
			.headers(error.headers())
			.contentType(MediaType.APPLICATION_JSON)
			.body(error.httpBody());
	}

}
