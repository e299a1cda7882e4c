package org.ecograph.observability;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracing is left out unless spans are exported: the tracing auto-configurations join whatever
 * {@code spring.autoconfigure.exclude} lists, and nothing changes once export is switched on.
 */
class TracingSwitchTests {

	@Test
	void withoutExportTheTracingAutoConfigurationsAreExcludedBesideTheListedOnes() {
		StandardEnvironment environment = environment(
				Map.of(TracingSwitch.EXCLUDE, "com.example.One, com.example.Two"));

		new TracingSwitch().postProcessEnvironment(environment, new SpringApplication());

		List<String> excluded = List.of(environment.getProperty(TracingSwitch.EXCLUDE, String[].class));
		assertThat(excluded).startsWith("com.example.One", "com.example.Two")
			.containsAll(TracingSwitch.TRACING)
			.hasSize(2 + TracingSwitch.TRACING.size());
	}

	@Test
	void indexedExclusionsAsAYamlFileWritesThemAreKept() {
		StandardEnvironment environment = environment(Map.of(TracingSwitch.EXCLUDE + "[0]", "com.example.One",
				TracingSwitch.EXCLUDE + "[1]", "com.example.Two"));

		new TracingSwitch().postProcessEnvironment(environment, new SpringApplication());

		List<String> excluded = List.of(environment.getProperty(TracingSwitch.EXCLUDE, String[].class));
		assertThat(excluded).startsWith("com.example.One", "com.example.Two").containsAll(TracingSwitch.TRACING);
	}

	@Test
	void withExportSwitchedOnNothingIsExcluded() {
		StandardEnvironment environment = environment(Map.of(TracingSwitch.EXPORT, "true"));

		new TracingSwitch().postProcessEnvironment(environment, new SpringApplication());

		assertThat(environment.getProperty(TracingSwitch.EXCLUDE)).isNull();
		assertThat(environment.getPropertySources().contains(TracingSwitch.SOURCE)).isFalse();
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
