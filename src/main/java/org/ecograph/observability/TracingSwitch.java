package org.ecograph.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Leaves Micrometer Tracing out of the application unless spans are exported
 * ({@code management.tracing.export.enabled=true}, docs/observability.md): Spring Boot 4 keeps a tracer whenever its
 * OpenTelemetry bridge is on the class path, and each observation (the HTTP request, the GraphQL request, each
 * non-trivial data fetcher) then opens and closes an unrecorded span and its scope, about 6% of the CPU of a request
 * read from memory (a JFR profile of {@code entity(id)}), for spans nobody receives. Registered in
 * {@code META-INF/spring.factories}; adds the tracing auto-configurations to {@code spring.autoconfigure.exclude},
 * keeping whatever that already lists. Metrics are not affected: their handler does not need a tracer.
 */
public final class TracingSwitch implements EnvironmentPostProcessor, Ordered {

	/** The property that switches span export, hence tracing, on. */
	static final String EXPORT = "management.tracing.export.enabled";

	static final String EXCLUDE = "spring.autoconfigure.exclude";

	/** The auto-configurations that make the tracer, its observation handlers and the exemplars that read it. */
	static final List<String> TRACING = List.of(
			"org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
			"org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration",
			"org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration",
			"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
			"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration",
			"org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.zipkin."
					+ "ZipkinWithOpenTelemetryTracingAutoConfiguration");

	/** The name of the property source this adds. */
	static final String SOURCE = "ecograph.tracingSwitch";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty(EXPORT, Boolean.class, false)) {
			return;
		}
		List<String> excluded = new ArrayList<>();
		String[] listed = environment.getProperty(EXCLUDE, String[].class, new String[0]);
		for (String name : listed) {
			if (!name.isBlank()) {
				excluded.add(name.strip());
			}
		}
		TRACING.stream().filter(name -> !excluded.contains(name)).forEach(excluded::add);
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(EXCLUDE, excluded)));
	}

	/** After the configuration files are read (their {@value #EXPORT} counts). */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
