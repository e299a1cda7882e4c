package org.ecograph.data;

import org.neo4j.driver.Driver;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;

/**
 * The data layer over the driver of a server a test started itself, or inside its embedded database, without an
 * application context: for tests of one class that reads and writes through {@link Graph} and {@link Transactions}
 * (the token store), and of the two ways statements run. Over the driver, the same {@link Neo4jClient} inside the
 * same {@link Neo4jTransactionManager}'s transactions as the application; in process, the application's
 * {@link InProcessTransactionManager}; on the server's default database and without a default timeout.
 *
 * @param graph the gateway
 * @param transactions transactions on the driver
 */
public record TestDataLayer(Graph graph, Transactions transactions) {

	/** The data layer over {@code driver}. */
	public static TestDataLayer over(Driver driver) {
		return new TestDataLayer(
				new Graph(DatabaseSelectionProvider.getDefaultSelectionProvider(),
						new BoltStatements(Neo4jClient.create(driver))),
				new Transactions(new Neo4jTransactionManager(driver)));
	}

	/**
	 * Registers in {@code context} what {@link Graph} needs to run statements over {@code driver} on the server's
	 * default database, as the application does against an external server.
	 */
	public static void registerBolt(GenericApplicationContext context, Driver driver) {
		context.registerBean(DatabaseSelectionProvider.class, DatabaseSelectionProvider::getDefaultSelectionProvider);
		context.registerBean(StatementRunner.class, () -> new BoltStatements(Neo4jClient.create(driver)));
	}

	/** The data layer inside {@code database}, as the application builds it over an embedded server. */
	public static TestDataLayer inProcess(GraphDatabaseService database) {
		return new TestDataLayer(
				new Graph(DatabaseSelectionProvider.getDefaultSelectionProvider(), new InProcessStatements(database)),
				new Transactions(new InProcessTransactionManager(database)));
	}

	/** The graph version, through this layer. */
	public GraphVersions versions() {
		return new GraphVersions(this.graph, this.transactions);
	}

	/** The audit trail's writer, through this layer. */
	public ChangeLog changeLog() {
		return new ChangeLog(this.graph, this.transactions);
	}

}
