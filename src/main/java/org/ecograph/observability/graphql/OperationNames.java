package org.ecograph.observability.graphql;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import graphql.execution.ExecutionContext;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.Selection;

/**
 * The name of an operation, for metrics and the slow-operation log: the name the document gives it, else its
 * top-level fields joined by {@code +} in alphabetical order ({@code entity+relations}); at most
 * {@value #MAX_LENGTH} characters. Both come from the parsed document, so they hold GraphQL name characters only,
 * never a value. As a metric tag ({@link #bounded}) only the first {@code max} distinct names since start are told
 * apart and every later new one counts as {@value #OTHER}.
 */
final class OperationNames {

	static final String OTHER = "other";

	/** The tag of a request that never reached execution (a document that did not parse or validate). */
	static final String INVALID = "invalid";

	/** The tag of a request still being parsed and validated (the tags of the active-requests gauge). */
	static final String PENDING = "pending";

	static final int MAX_LENGTH = 64;

	private final int max;

	private final Set<String> seen = ConcurrentHashMap.newKeySet();

	OperationNames(int max) {
		this.max = max;
	}

	/** The operation's name as a tag value, bounded in number. */
	String bounded(ExecutionContext context) {
		if (context == null) {
			return INVALID;
		}
		return bounded(of(context.getOperationDefinition()));
	}

	/** {@code name} while it is one of the first {@code max} names seen, else {@value #OTHER}. */
	String bounded(String name) {
		if (this.seen.contains(name)) {
			return name;
		}
		synchronized (this.seen) {
			if (this.seen.size() < this.max) {
				this.seen.add(name);
				return name;
			}
		}
		return this.seen.contains(name) ? name : OTHER;
	}

	/** The operation's name: its own, else its top-level fields. */
	static String of(OperationDefinition operation) {
		if (operation == null) {
			return INVALID;
		}
		String name = operation.getName();
		if (name == null || name.isEmpty()) {
			Set<String> fields = new TreeSet<>();
			for (Selection<?> selection : operation.getSelectionSet().getSelections()) {
				if (selection instanceof Field field) {
					fields.add(field.getName());
				}
			}
			name = fields.isEmpty() ? "anonymous" : String.join("+", fields);
		}
		return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
	}

}
