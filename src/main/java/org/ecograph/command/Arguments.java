package org.ecograph.command;

import java.util.List;

/** A command's arguments after its name, read one at a time. */
public final class Arguments {

	private final List<String> arguments;

	private int next;

	Arguments(List<String> arguments) {
		this.arguments = List.copyOf(arguments);
	}

	boolean hasNext() {
		return this.next < this.arguments.size();
	}

	String next() {
		return this.arguments.get(this.next++);
	}

	/**
	 * The value of {@code option}, just read: the next argument.
	 * @throws UsageException when there is none, or the next argument is an option
	 */
	public String valueOf(String option) {
		if (!hasNext() || this.arguments.get(this.next).startsWith("--")) {
			throw new UsageException("Option " + option + " needs a value.");
		}
		return next();
	}

}
