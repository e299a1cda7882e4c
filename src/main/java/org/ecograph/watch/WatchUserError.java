package org.ecograph.watch;

import java.util.List;

/**
 * An expected failure of saving or deleting a watch, returned as data: nothing was written.
 *
 * @param field the path of the input field at fault (e.g. {@code ["input", "threshold"]}); empty when no single
 * field is
 * @param message what was wrong and what is allowed
 * @param code {@code INVALID} or {@code NOT_FOUND} (the schema's {@code UserErrorCode})
 */
public record WatchUserError(List<String> field, String message, String code) {

	static WatchUserError invalid(String field, String message) {
		return new WatchUserError(List.of("input", field), message, "INVALID");
	}

	static WatchUserError notFound(String field, String message) {
		return new WatchUserError(List.of("input", field), message, "NOT_FOUND");
	}

}
