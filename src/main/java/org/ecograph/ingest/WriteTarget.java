package org.ecograph.ingest;

import org.neo4j.driver.Driver;
import org.neo4j.driver.EagerResult;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * Where the loader writes: the application's driver and the database Spring Data Neo4j's reads use
 * ({@code spring.data.neo4j.database}, the server's default when unset), so that what a script writes is what the
 * API reads, on one server or a cluster.
 *
 * @param driver the driver
 * @param database the database name, {@code null} for the server's default
 */
record WriteTarget(Driver driver, String database) {

	static WriteTarget of(Driver driver, DatabaseSelectionProvider selection) {
		DatabaseSelection database = selection == null ? DatabaseSelection.undecided()
				: selection.getDatabaseSelection();
		return new WriteTarget(driver, database == null ? null : database.getValue());
	}

	Session session() {
		return this.database == null ? this.driver.session() : this.driver.session(SessionConfig.forDatabase(this.database));
	}

	EagerResult query(String cypher) {
		var query = this.driver.executableQuery(cypher);
		return (this.database == null ? query
				: query.withConfig(QueryConfig.builder().withDatabase(this.database).build())).execute();
	}

}
