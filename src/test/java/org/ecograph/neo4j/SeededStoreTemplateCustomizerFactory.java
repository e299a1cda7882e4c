package org.ecograph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every Spring test context that would seed a fresh embedded store a copy of the {@link SeededStoreTemplate}
 * instead (registered in the tests' {@code META-INF/spring.factories}, so no test class has to ask for it):
 * {@code @SeededGraphTest}, {@code @WritableGraphTest} and every other {@code @SpringBootTest} whose settings are
 * <ul>
 * <li>an embedded store ({@code ecograph.neo4j.embedded}, default on) with Bolt authentication (the template has a
 * password; default on),</li>
 * <li>the bundled scripts loaded on an empty store ({@code ecograph.ingest.load-bundled-on-empty}, default on),</li>
 * <li>a store folder ({@code ecograph.neo4j.home}) that does not exist yet or is empty,</li>
 * <li>and not {@code ecograph.test.seed-template=false}: a test context that is about the first start's loading
 * itself sets it and loads the scripts as a first start does.</li>
 * </ul>
 * Applications a test starts itself ({@code SpringApplication.run}, the {@code load} command: first starts, restarts,
 * backups) are not test contexts and load the scripts themselves, as does a context with
 * {@code load-bundled-on-empty=false} ({@code ScriptLoaderTests}).
 * <p>
 * The copy is made before the context's embedded Neo4j starts: Spring Boot's test loader applies the customizers
 * before the application's own initializers, among them {@link EmbeddedNeo4jEarlyStart}, which starts the server on
 * the store (a check fails the context if that order ever changes). The store folder, often
 * {@code target/neo4j-tests/x-${random.uuid}} (a new value at every read), is read once and pinned, as the early start
 * pins it, so the server opens the folder the copy was made into.
 */
class SeededStoreTemplateCustomizerFactory implements ContextCustomizerFactory {

	/** A test context that sets it {@code false} seeds its own store as a first start does. */
	static final String ENABLED = "ecograph.test.seed-template";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return Customizer.INSTANCE;
	}

	/** One customizer for every test class, so that it never tells two otherwise equal contexts apart. */
	enum Customizer implements ContextCustomizer {

		INSTANCE;

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			ConfigurableEnvironment environment = context.getEnvironment();
			Binder binder = Binder.get(environment);
			if (!binder.bind(ENABLED, Boolean.class).orElse(true)
					|| !binder.bind("ecograph.neo4j.embedded", Boolean.class).orElse(true)
					|| !binder.bind("ecograph.neo4j.bolt-auth", Boolean.class).orElse(true)
					|| !binder.bind("ecograph.ingest.load-bundled-on-empty", Boolean.class).orElse(true)) {
				return;
			}
			String home = binder.bind("ecograph.neo4j.home", String.class).orElse(null);
			if (home == null || home.isBlank()) {
				return;
			}
			Path store = Path.of(home.strip());
			if (Files.exists(store) && !isEmptyDirectory(store)) {
				return;
			}
			ConfigurableListableBeanFactory beans = context.getBeanFactory();
			if (beans.containsSingleton(EmbeddedNeo4jEarlyStart.BEAN_NAME)) {
				throw new IllegalStateException("The embedded Neo4j of this test context started before its store "
						+ store + " was copied from the seeded template: the order of the context's initializers changed");
			}
			environment.getPropertySources()
				.addFirst(new MapPropertySource("ecograph.test.seededStoreTemplate.home",
						Map.of("ecograph.neo4j.home", store.toString())));
			SeededStoreTemplate.copyInto(store);
		}

		private static boolean isEmptyDirectory(Path dir) {
			try (var list = Files.list(dir)) {
				return list.findAny().isEmpty();
			}
			catch (java.io.IOException ex) {
				return false;
			}
		}

	}

}
