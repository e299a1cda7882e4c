package org.ecograph.data;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * How statements reach Neo4j. With the embedded database (the default) they run in process: the transaction manager
 * begins the database's own transactions and {@link InProcessStatements} runs statements in them, so a request's
 * statements cross no Bolt connection, driver or network thread (about a third of a steward write's CPU went there;
 * docs/benchmarks.md). Spring Boot's {@code Neo4jTransactionManager} then stays out, as it does when any transaction
 * manager is defined. Against an external server or cluster ({@code ecograph.neo4j.embedded=false}), or when
 * {@code ecograph.neo4j.in-process=false}, they go over Bolt through Spring Data Neo4j's client and Boot's transaction
 * manager ({@link BoltStatements}).
 */
@Configuration(proxyBeanMethods = false)
class InProcessConfiguration {

	static final String EMBEDDED = "ecograph.neo4j.embedded";

	static final String IN_PROCESS = "ecograph.neo4j.in-process";

	/** Whether this environment runs statements in process: embedded and not asked otherwise. */
	static boolean inProcess(Environment environment) {
		return environment.getProperty(EMBEDDED, Boolean.class, true)
				&& environment.getProperty(IN_PROCESS, Boolean.class, true);
	}

	/**
	 * The embedded database the application works on ({@code spring.data.neo4j.database}, else the server's default).
	 * The server owns it: nothing to close here.
	 */
	@Bean(destroyMethod = "")
	@Conditional(InProcess.class)
	GraphDatabaseService inProcessDatabase(DatabaseManagementService databases, DatabaseSelectionProvider selection) {
		DatabaseSelection chosen = selection.getDatabaseSelection();
		return databases.database(chosen == null || chosen.getValue() == null
				? GraphDatabaseSettings.DEFAULT_DATABASE_NAME : chosen.getValue());
	}

	@Bean
	@Conditional(InProcess.class)
	InProcessTransactionManager transactionManager(GraphDatabaseService database, QueryTimeout timeout) {
		InProcessTransactionManager manager = new InProcessTransactionManager(database);
		manager.setDefaultTimeout(timeout.seconds());
		return manager;
	}

	@Bean
	@Conditional(InProcess.class)
	StatementRunner inProcessStatements(GraphDatabaseService database) {
		return new InProcessStatements(database);
	}

	@Bean
	@Conditional(OverBolt.class)
	StatementRunner boltStatements(Neo4jClient neo4j) {
		return new BoltStatements(neo4j);
	}

	static final class InProcess implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return inProcess(context.getEnvironment());
		}

	}

	static final class OverBolt implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !inProcess(context.getEnvironment());
		}

	}

}
