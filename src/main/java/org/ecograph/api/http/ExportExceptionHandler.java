package org.ecograph.api.http;

import org.ecograph.api.ApiErrors;
import java.util.Map;

import org.ecograph.model.EcographException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The export's failures as {@code {"error": "..."}} with the HTTP status of their kind (see {@link ApiErrors}):
 * malformed or out-of-range parameters 400, an unknown format or entity 404, each with the message naming the
 * parameter, value and what is allowed (or the id); an unreachable database 503 with {@code Retry-After}; anything
 * else is logged and answered 500 "Internal error", never with a stack trace or the exception's message.
 */
@RestControllerAdvice(assignableTypes = ExportController.class)
class ExportExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ExportExceptionHandler.class);

	@ExceptionHandler
	ResponseEntity<Map<String, String>> known(EcographException ex) {
		return error(ApiErrors.status(ex.kind()), ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> internal(Exception ex) {
		if (ApiErrors.concurrentChange(ex)) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", "0")
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", ApiErrors.CONCURRENT_CHANGE));
		}
		if (ApiErrors.databaseUnavailable(ex)) {
			log.warn("Export: database unavailable ({})", ex.getClass().getSimpleName());
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.header("Retry-After", String.valueOf(ApiErrors.RETRY_AFTER_SECONDS))
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", ApiErrors.DATABASE_UNAVAILABLE));
		}
		log.error("Export failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
	}

}
