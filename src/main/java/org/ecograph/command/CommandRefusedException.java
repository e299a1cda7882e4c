package org.ecograph.command;

/**
 * A command refused what it was asked, an expected failure of its own (a script breaking a rule, a folder that is not
 * empty): reported as {@code <COMMAND> REFUSED: <message>}, optionally followed by a note, without a stack trace.
 * Exit code 1.
 */
public final class CommandRefusedException extends RuntimeException {

	private final String note;

	/** A refusal with this message, caused by {@code cause}. */
	public CommandRefusedException(String message, Throwable cause) {
		this(message, null, cause);
	}

	/** A refusal with this message and a note on a line of its own ("Nothing of the refused script was written."). */
	public CommandRefusedException(String message, String note, Throwable cause) {
		super(message, cause);
		this.note = note;
	}

	/** The note printed after the message, {@code null} for none. */
	public String note() {
		return this.note;
	}

}
