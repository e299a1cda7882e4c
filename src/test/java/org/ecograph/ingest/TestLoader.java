package org.ecograph.ingest;

import java.time.Duration;

import org.ecograph.data.ChangeLog;
import org.ecograph.data.EntityNameKeys;
import org.ecograph.data.Graph;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.TestDataLayer;
import org.ecograph.data.Transactions;
import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.neo4j.driver.Driver;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.neo4j.core.transaction.Neo4jTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The loader over the driver of a server a test (or the loader benchmark) started itself, without the application:
 * a small Spring context of the data layer (the same {@link Neo4jClient} in the same {@link Neo4jTransactionManager}'s
 * transactions as the application, on the server's default database) and the loader. The context holds beans only:
 * no thread, and no connection but the caller's driver, which the caller closes.
 */
public final class TestLoader {

	private TestLoader() {
	}

	/** A loader that validates the whole graph after each script, as over an external Neo4j. */
	public static ScriptLoader over(Driver driver) {
		return over(driver, null);
	}

	/**
	 * A loader that validates what each script touched, with a listener on {@code server} (the server of
	 * {@code driver}); {@link ScriptLoader#destroy()} takes the listener off again.
	 */
	public static ScriptLoader over(Driver driver, EmbeddedNeo4jServer server) {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		// the caller's driver and server: the context must not close them
		context.registerBean(Driver.class, () -> driver, definition -> definition.setDestroyMethodName(""));
		if (server != null) {
			context.registerBean(EmbeddedNeo4jServer.class, () -> server,
					definition -> definition.setDestroyMethodName(""));
		}
		TestDataLayer.registerBolt(context, driver);
		context.registerBean(PlatformTransactionManager.class, () -> new Neo4jTransactionManager(driver));
		context.registerBean(IngestProperties.class, () -> new IngestProperties(false, Duration.ofHours(1)));
		context.register(Graph.class, Transactions.class, GraphVersions.class, ChangeLog.class, EntityNameKeys.class,
				ScriptRepositoryImpl.class, ScriptLoader.class);
		context.refresh();
		return context.getBean(ScriptLoader.class);
	}

}
