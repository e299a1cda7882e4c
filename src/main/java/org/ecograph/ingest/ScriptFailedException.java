package org.ecograph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A script was rolled back: one of its statements failed, or the graph it produced broke a validation rule.
 */
public final class ScriptFailedException extends LoadException {

	private final transient CypherScript script;

	private final int line;

	private final List<Violation> violations;

	private ScriptFailedException(CypherScript script, int line, List<Violation> violations, String message) {
		super(message);
		this.script = script;
		this.line = line;
		this.violations = List.copyOf(violations);
	}

	static ScriptFailedException statementFailed(CypherScript script, Statement statement, String reason) {
		return new ScriptFailedException(script, statement.line(), List.of(),
				"%s failed at line %d and was rolled back: %s".formatted(script.label(), statement.line(), reason));
	}

	static ScriptFailedException invalidScript(CypherScript script, int line, String reason) {
		return new ScriptFailedException(script, line, List.of(),
				"%s was refused (line %d): %s".formatted(script.label(), line, reason));
	}

	static ScriptFailedException ruleBroken(CypherScript script, int line, List<Violation> violations) {
		String where = line > 0 ? "the statement at line " + line : "the script";
		String list = violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
		return new ScriptFailedException(script, line, violations,
				"%s was rolled back: %s left the graph breaking %d validation rule(s):%n%s"
					.formatted(script.label(), where, violations.stream().map(Violation::rule).distinct().count(),
							list));
	}

	/** The script that was rolled back. */
	public CypherScript script() {
		return this.script;
	}

	/** The line of the offending statement, or 0 when it could not be told. */
	public int line() {
		return this.line;
	}

	/** The validation rules broken; empty when a statement itself failed. */
	public List<Violation> violations() {
		return this.violations;
	}

}
