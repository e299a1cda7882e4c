package org.ecograph.ingest;

/**
 * One Cypher statement of a script.
 *
 * @param text the statement without its terminating semicolon and without surrounding comments
 * @param line the 1-based line of the script on which the statement starts
 */
public record Statement(String text, int line) {

	private static final java.util.regex.Pattern SCHEMA_COMMAND = java.util.regex.Pattern
		.compile("(?is)^(CREATE|DROP)\\s+(OR\\s+REPLACE\\s+)?((RANGE|TEXT|POINT|LOOKUP|FULLTEXT|VECTOR)\\s+)?(CONSTRAINT|INDEX)\\b.*");

	/** Whether this statement changes the schema (constraints, indexes) rather than the graph. */
	public boolean isSchemaCommand() {
		return SCHEMA_COMMAND.matcher(this.text).matches();
	}

}
