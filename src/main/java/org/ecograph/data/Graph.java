package org.ecograph.data;

import java.util.Map;
import java.util.Optional;

import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * The gateway to Neo4j: {@code graph.query("MATCH ... $id").bind("id", id).list(row -> row.entity("n"))}. A statement
 * runs in the Spring transaction of its caller ({@code @Transactional} or {@link Transactions}), inside the embedded
 * database or over Bolt ({@link InProcessConfiguration}), so it has the configured database, timeout and (over Bolt)
 * bookmarks; a statement run outside a transaction is refused, so no read or write can slip past them. Values are
 * always parameters.
 */
@Component
public class Graph {

	private final DatabaseSelectionProvider database;

	private final StatementRunner runner;

	Graph(DatabaseSelectionProvider database, StatementRunner runner) {
		this.database = database;
		this.runner = runner;
	}

	/** The database statements run on ({@code spring.data.neo4j.database}); empty for the server's default. */
	public Optional<String> databaseName() {
		DatabaseSelection selection = this.database.getDatabaseSelection();
		return Optional.ofNullable(selection == null ? null : selection.getValue());
	}

	/**
	 * This Cypher planned once per database and never again ({@code CYPHER replan=skip}), for a statement whose plan
	 * does not depend on the graph's counts because it starts from seeks of unique ids. Neo4j otherwise plans a cached
	 * statement afresh whenever the counts have moved enough, which a stream of writes does every few seconds: for a
	 * seek of every relation kind's id index (the claims by id of {@link ClaimLookup#collectByIds}) that took 0.4 s
	 * of a steward's request, under the graph version's lock, every hundred or so writes.
	 */
	public static String plannedOnce(String cypher) {
		return "CYPHER replan=skip\n" + cypher;
	}

	/** A statement of this Cypher, without parameters yet. */
	public Statement query(String cypher) {
		return new Statement(this.runner, cypher, Map.of());
	}

}
