package org.ecograph.api.graphql;

import java.util.List;
import java.util.Set;

import org.ecograph.api.ApiLimits;
import org.ecograph.api.BadRequestException;
import org.ecograph.api.Limits;
import org.ecograph.model.EntityKind;

/**
 * The arguments of {@code search}.
 *
 * @param text the words to look for: not blank, at most {@value #MAX_TEXT_LENGTH} characters
 * @param kinds the entity kinds to find; {@code null} for all
 * @param first the most hits; absent or {@code null} for {@value #DEFAULT_FIRST}, the schema's default
 */
record SearchArguments(String text, List<EntityKind> kinds, Integer first) {

	/** The longest search text accepted. */
	static final int MAX_TEXT_LENGTH = 200;

	static final int DEFAULT_FIRST = 10;

	SearchArguments {
		if (text.isBlank()) {
			throw new BadRequestException("text must not be blank: give 1.." + MAX_TEXT_LENGTH + " characters");
		}
		Limits.check("text length", text.length(), 1, MAX_TEXT_LENGTH);
		first = first == null ? DEFAULT_FIRST : first;
	}

	/** {@code first}, checked to lie within 0..{@link ApiLimits#maxFirst()}. */
	int size(ApiLimits limits) {
		Limits.check("first", this.first, 0, limits.maxFirst());
		return this.first;
	}

	Set<EntityKind> kindSet() {
		return this.kinds == null ? null : Set.copyOf(this.kinds);
	}

}
