package org.ecograph.ingest;

/** A script that was already applied has changed since. */
public final class ChecksumMismatchException extends LoadException {

	ChecksumMismatchException(CypherScript script, AppliedScript applied) {
		super(("Script %s was applied on %s with checksum %s, but the file now has checksum %s. An applied script "
				+ "must not change: restore it, and put the change in a new script with a higher version.")
			.formatted(script.label(), applied.appliedAt(), abbreviate(applied.checksum()),
					abbreviate(script.checksum())));
	}

	private static String abbreviate(String checksum) {
		return checksum.substring(0, Math.min(12, checksum.length()));
	}

}
