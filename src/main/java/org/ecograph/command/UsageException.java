package org.ecograph.command;

/** The command line is wrong: the message says what, and the command's usage follows it. Exit code 2. */
public final class UsageException extends RuntimeException {

	/** A usage error, in words for the user ("Option --uri needs a value."). */
	public UsageException(String message) {
		super(message);
	}

}
