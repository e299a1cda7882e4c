package org.ecograph.data;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizer;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/** The query timeout: its property, its deprecated old name, its default, and the transactions it reaches. */
class QueryTimeoutPropertyTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, DataConfiguration.class);

	@Test
	void defaultsToTenSeconds() {
		this.context.run(app -> assertThat(app.getBean(QueryTimeout.class).value()).isEqualTo(Duration.ofSeconds(10)));
	}

	@Test
	void isSetByItsProperty() {
		this.context.withPropertyValues("ecograph.neo4j.query-timeout=42s")
			.run(app -> assertThat(app.getBean(QueryTimeout.class).value()).isEqualTo(Duration.ofSeconds(42)));
	}

	@Test
	void readsTheDeprecatedApiNameWhenTheNewOneIsNotSet() {
		this.context.withPropertyValues("ecograph.api.query-timeout=17s")
			.run(app -> assertThat(app.getBean(QueryTimeout.class).value()).isEqualTo(Duration.ofSeconds(17)));
		this.context.withPropertyValues("ecograph.api.query-timeout=17s", "ecograph.neo4j.query-timeout=5s")
			.run(app -> assertThat(app.getBean(QueryTimeout.class).value()).isEqualTo(Duration.ofSeconds(5)));
	}

	@Test
	@SuppressWarnings("unchecked")
	void becomesTheDefaultTimeoutOfEveryTransaction() {
		this.context.withPropertyValues("ecograph.neo4j.query-timeout=42s").run(app -> {
			AbstractPlatformTransactionManager manager = new NoTransactions();
			app.getBean(TransactionManagerCustomizer.class).customize(manager);
			assertThat(manager.getDefaultTimeout()).isEqualTo(42);
		});
	}

	/** A transaction manager that holds nothing: only its default timeout is read. */
	static class NoTransactions extends AbstractPlatformTransactionManager {

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DataProperties.class)
	static class Properties {

	}

}
