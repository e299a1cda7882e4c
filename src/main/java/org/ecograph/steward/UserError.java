package org.ecograph.steward;

import java.util.List;

/**
 * An expected failure of a mutation, returned as data: nothing was written.
 *
 * @param field the path of the input field at fault (e.g. {@code ["input", "shareOfTarget"]}); empty when the
 * failure is not one field's
 * @param message what was wrong and what is allowed
 * @param code the kind of failure
 */
public record UserError(List<String> field, String message, Code code) {

	/** The kinds of expected failure. */
	public enum Code {

		/** An input value is malformed or out of range. */
		INVALID,

		/** Something the input names does not exist. */
		NOT_FOUND,

		/** The change would break a validation rule of the graph (the rule is named in the message). */
		RULE_BROKEN,

		/** The change conflicts with the graph's current state (already retracted, changed since, ...). */
		CONFLICT

	}

	static UserError invalid(String field, String message) {
		return new UserError(field == null ? List.of() : List.of("input", field), message, Code.INVALID);
	}

	static UserError notFound(String field, String message) {
		return new UserError(field == null ? List.of() : List.of("input", field), message, Code.NOT_FOUND);
	}

	static UserError conflict(String message) {
		return new UserError(List.of(), message, Code.CONFLICT);
	}

}
