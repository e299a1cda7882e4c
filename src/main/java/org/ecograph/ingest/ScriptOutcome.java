package org.ecograph.ingest;

/**
 * What the loader did with one script.
 *
 * @param script the script
 * @param action applied, skipped (applied before, unchanged) or validated in a dry run
 * @param counts what its statements changed (nothing for skipped scripts)
 * @param statements how many statements it has
 * @param durationMs time spent on it
 */
public record ScriptOutcome(CypherScript script, Action action, StatementCounts counts, int statements,
		long durationMs) {

	/** What happened to a script. */
	public enum Action {

		/** Run and committed. */
		APPLIED,
		/** Applied before with the same checksum; not run again. */
		SKIPPED,
		/** Run, validated and rolled back (dry run). */
		VALIDATED

	}

	@Override
	public String toString() {
		if (this.action == Action.SKIPPED) {
			return "skipped   %s (applied before, unchanged)".formatted(this.script.label());
		}
		String verb = this.action == Action.APPLIED ? "applied  " : "validated";
		return "%s %s: %d statements, %s, in %d ms".formatted(verb, this.script.label(), this.statements, this.counts,
				this.durationMs);
	}

}
