package org.ecograph.neo4j;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded Neo4j on a thread of its own as soon as the application's context exists, before Spring
 * creates any bean (registered in {@code META-INF/spring.factories}), so the server starts while Spring builds the
 * application (two independent pieces of work that take about as long as each other). The bean
 * {@link EmbeddedNeo4jServer} then takes the started server, waiting only for what is left of its start
 * ({@link EmbeddedNeo4jServer#awaited()}). Nothing starts when {@code ecograph.neo4j.embedded=false}.
 * <p>
 * Registered in the bean factory as a disposable singleton: when the context closes (or fails to start before it
 * took the server) the server is shut down, after waiting for its start to end.
 */
public final class EmbeddedNeo4jEarlyStart
		implements ApplicationContextInitializer<ConfigurableApplicationContext>, DisposableBean, Ordered {

	/** The bean name of the start under way. */
	static final String BEAN_NAME = "ecograph.embeddedNeo4jEarlyStart";

	/** The property source that holds the store this start opened. */
	static final String PINNED_HOME = "ecograph.embeddedNeo4jEarlyStart.home";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jEarlyStart.class);

	private final EmbeddedNeo4jProperties properties;

	private final CompletableFuture<EmbeddedNeo4jServer> server;

	/** For {@code spring.factories}: an initializer, which starts nothing itself. */
	public EmbeddedNeo4jEarlyStart() {
		this.properties = null;
		this.server = null;
	}

	private EmbeddedNeo4jEarlyStart(EmbeddedNeo4jProperties properties) {
		this.properties = properties;
		this.server = new CompletableFuture<>();
		Thread thread = new Thread(() -> {
			try {
				this.server.complete(EmbeddedNeo4jServer.start(properties));
			}
			catch (RuntimeException | Error ex) {
				this.server.completeExceptionally(ex);
			}
		}, "ecograph-neo4j-start");
		thread.setDaemon(true);
		thread.start();
	}

	/** After every other initializer, so that the settings it reads are the ones the context will bind. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (!(context instanceof GenericApplicationContext generic)
				|| generic.getBeanFactory().containsSingleton(BEAN_NAME)) {
			return;
		}
		EmbeddedNeo4jProperties bound = Binder.get(context.getEnvironment())
			.bindOrCreate("ecograph.neo4j", EmbeddedNeo4jProperties.class);
		if (!bound.embedded()) {
			return;
		}
		// A home given by a placeholder that resolves anew on every read (a test's ${random.uuid}) would make the
		// context bind another store than the one started here, and start a second server: the context binds this one.
		context.getEnvironment().getPropertySources().addFirst(
				new MapPropertySource(PINNED_HOME, Map.of("ecograph.neo4j.home", bound.home().toString())));
		EmbeddedNeo4jEarlyStart start = new EmbeddedNeo4jEarlyStart(bound);
		DefaultListableBeanFactory factory = generic.getDefaultListableBeanFactory();
		factory.registerSingleton(BEAN_NAME, start);
		factory.registerDisposableBean(BEAN_NAME, start);
	}

	/**
	 * The server started with {@code properties}, waiting for the end of its start; {@code null} when this start is
	 * for other settings (a test's context that changed them after the initializer ran).
	 * @throws EmbeddedNeo4jStartException when the server could not start
	 */
	EmbeddedNeo4jServer take(EmbeddedNeo4jProperties properties) {
		if (!properties.equals(this.properties)) {
			// the store is locked by the server started early: shut it down before another starts
			destroy();
			return null;
		}
		long waiting = System.nanoTime();
		try {
			EmbeddedNeo4jServer started = this.server.join();
			started.awaited(Duration.ofNanos(System.nanoTime() - waiting));
			return started;
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	/** The server started early, once its start ended (for tests). */
	EmbeddedNeo4jServer started() {
		return this.server.join();
	}

	/** Shuts the server down (closing twice is harmless: the bean of the server closes it first). */
	@Override
	public void destroy() {
		if (this.server == null) {
			return;
		}
		try {
			this.server.join().close();
		}
		catch (RuntimeException ex) {
			log.debug("The embedded Neo4j started early did not start; nothing to shut down", ex);
		}
	}

}
