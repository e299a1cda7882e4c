package org.ecograph.ingest;

/** A script's version was applied before, with other content: an applied script has changed, or two share a version. */
public final class ChecksumMismatchException extends LoadException {

	ChecksumMismatchException(CypherScript script, AppliedScript applied) {
		super(message(script, applied));
	}

	private static String message(CypherScript script, AppliedScript applied) {
		String was = "Version %d was applied on %s as \"%s\" (%s) with checksum %s, but %s has checksum %s. ".formatted(
				applied.version(), applied.appliedAt(), applied.description(), applied.location(),
				abbreviate(applied.checksum()), script.label(), abbreviate(script.checksum()));
		if (!applied.description().equals(script.description())) {
			return was + "A version is used once: give the new script a version above the highest applied one.";
		}
		return was + "An applied script must not change: restore it, and put the change in a new script with a "
				+ "higher version.";
	}

	private static String abbreviate(String checksum) {
		return checksum.substring(0, Math.min(12, checksum.length()));
	}

}
