package org.ecograph.api;

import java.util.Map;

import org.ecograph.catalog.UnknownEntitiesException;
import org.ecograph.model.InvalidArgumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The export's failures as {@code {"error": "..."}}: malformed or out-of-range parameters 400, an unknown format or
 * entity 404, each with the message naming the parameter, value and what is allowed (or the id); anything else is
 * logged and answered 500 "Internal error", never with a stack trace or the exception's message.
 */
@RestControllerAdvice(assignableTypes = ExportController.class)
class ExportExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ExportExceptionHandler.class);

	@ExceptionHandler({ BadRequestException.class, InvalidArgumentException.class })
	ResponseEntity<Map<String, String>> badRequest(RuntimeException ex) {
		return error(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler({ NotFoundException.class, UnknownEntitiesException.class })
	ResponseEntity<Map<String, String>> notFound(RuntimeException ex) {
		return error(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<Map<String, String>> internal(Exception ex) {
		log.error("Export failed", ex);
		return error(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
	}

}
