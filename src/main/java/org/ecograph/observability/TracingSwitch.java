package org.ecograph.observability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.NoopTracerAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.prometheus.PrometheusExemplarsAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingAutoConfiguration;
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

	/**
	 * The auto-configurations that make the tracer, its observation handlers, the exemplars that read it and the OTLP
	 * span exporter (Zipkin's is not on the class path).
	 */
	static final List<String> TRACING = Stream
		.of(MicrometerTracingAutoConfiguration.class, NoopTracerAutoConfiguration.class,
				PrometheusExemplarsAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class,
				OtlpTracingAutoConfiguration.class)
		.map(Class::getName)
		.toList();

	/** The name of the property source this adds. */
	static final String SOURCE = "ecograph.tracingSwitch";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (environment.getProperty(EXPORT, Boolean.class, false)) {
			return;
		}
		// bound as Spring Boot binds it: a comma-separated value or indexed entries (spring.autoconfigure.exclude[0])
		List<String> excluded = new ArrayList<>(
				Binder.get(environment).bind(EXCLUDE, Bindable.listOf(String.class)).orElse(List.of()));
		excluded.removeIf(String::isBlank);
		TRACING.stream().filter(name -> !excluded.contains(name)).forEach(excluded::add);
		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, Map.of(EXCLUDE, excluded)));
	}

	/** After the configuration files are read (their {@value #EXPORT} counts). */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
