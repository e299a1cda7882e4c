package org.ecograph.data;

import org.neo4j.driver.Driver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * The data layer over the driver of a server a test started itself, without an application context: for tests of
 * one class that reads and writes through {@link Graph} and {@link Transactions} (the token store). The same
 * {@link Neo4jClient} inside the same {@link Neo4jTransactionManager}'s transactions as the application, on the
 * server's default database and without a default timeout.
 *
 * @param graph the gateway
 * @param transactions transactions on the driver
 */
public record TestDataLayer(Graph graph, Transactions transactions) {

	/** The data layer over {@code driver}. */
	public static TestDataLayer over(Driver driver) {
		return new TestDataLayer(new Graph(Neo4jClient.create(driver)),
				new Transactions(new Neo4jTransactionManager(driver)));
	}

	/** The graph version, through this layer. */
	public GraphVersions versions() {
		return new GraphVersions(this.graph, this.transactions);
	}

	/** The audit trail's writer, through this layer. */
	public ChangeLog changeLog() {
		return new ChangeLog(this.graph);
	}

}
