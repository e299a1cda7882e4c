package org.ecograph.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the loader logs while a long statement runs and when it finishes (the timer itself is not timed here). */
class ScriptProgressTests {

	private final CypherScript script = new CypherScript(1001, "claims", "bulk/V1001__claims.cypher", "");

	@Test
	void saysWhichStatementRunsAndWhatAFinishedOneChanged() {
		Statement load = new Statement("LOAD CSV ...", 2);
		try (ScriptProgress progress = new ScriptProgress(this.script, 3)) {
			progress.finished(new Statement("MERGE (s:Source {id: 'source:x'})", 1), StatementCounts.NONE);
			progress.starting(load);
			assertThat(progress.runningLine()).matches(
					"V1001: statement 2 of 3 \\(line 2\\) running for \\d+ s; \\d+ s since the script started");
			StatementCounts counts = new StatementCounts(0, 0, 1_000_000, 0, 9_000_000, 0, 0);
			progress.finished(load, counts);
			assertThat(progress.finishedLine(load, counts))
				.matches("V1001: statement 2 of 3 \\(line 2\\) done in \\d+ s: \\+0/-0 nodes, \\+1000000/-0 relationships.*");
			assertThat(progress.runningLine()).startsWith("V1001: 2 of 3 statements run;").endsWith("finishing it");
		}
	}

}
