package org.ecograph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The summary of a load.
 *
 * @param outcomes one entry per script found, in version order
 * @param dryRun whether everything was rolled back
 * @param durationMs total time
 */
public record LoadReport(List<ScriptOutcome> outcomes, boolean dryRun, long durationMs) {

	public long count(ScriptOutcome.Action action) {
		return this.outcomes.stream().filter(o -> o.action() == action).count();
	}

	/** The counts summed over all scripts run. */
	public StatementCounts totals() {
		return this.outcomes.stream().map(ScriptOutcome::counts).reduce(StatementCounts.NONE, StatementCounts::plus);
	}

	/** One line, for logs. */
	public String summary() {
		if (this.dryRun) {
			return "Dry run: %d script(s) validated and rolled back, %d already applied; would change %s; in %d ms"
				.formatted(count(ScriptOutcome.Action.VALIDATED), count(ScriptOutcome.Action.SKIPPED), totals(),
						this.durationMs);
		}
		return "Loaded %d script(s), %d already applied; %s; in %d ms".formatted(count(ScriptOutcome.Action.APPLIED),
				count(ScriptOutcome.Action.SKIPPED), totals(), this.durationMs);
	}

	/** The whole report, one line per script and the summary. */
	public String toText() {
		return this.outcomes.stream().map(ScriptOutcome::toString).collect(Collectors.joining("\n", "", "\n"))
				+ summary();
	}

}
