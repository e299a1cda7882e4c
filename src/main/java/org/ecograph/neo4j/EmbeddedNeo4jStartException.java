package org.ecograph.neo4j;

import java.nio.file.Path;

/** The embedded store could not be opened; the message says which store and the most likely reason. */
public final class EmbeddedNeo4jStartException extends RuntimeException {

	EmbeddedNeo4jStartException(Path home, Throwable cause) {
		super(describe(home, cause), cause);
	}

	private static String describe(Path home, Throwable cause) {
		for (Throwable t = cause; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			if (name.contains("FileLock") || String.valueOf(t.getMessage()).contains("lock")) {
				return "The embedded Neo4j store at " + home + " is in use by another process (probably a running "
						+ "Ecograph). Stop it, or talk to it over Bolt with --uri bolt://localhost:7687.";
			}
			if (name.contains("BindException") || String.valueOf(t.getMessage()).contains("Address already in use")) {
				return "The Bolt port of the embedded Neo4j is taken by another process. Set ecograph.neo4j.bolt-port "
						+ "to a free port, or 0 for any free port.";
			}
		}
		return "The embedded Neo4j store at " + home + " could not be started: " + cause.getMessage();
	}

}
