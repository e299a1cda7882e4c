package org.ecograph.api.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many cheap GraphQL requests and mutations over HTTP execute at once ({@link RequestAdmission}): beyond that, a
 * request waits in line (mutations first, then reads; first come, first served within each) instead of adding a
 * thread that competes for the cores with every other one. Operations with expensive fields are bounded by
 * {@link RequestLimits#maxConcurrentExpensive()} instead.
 *
 * @param maxConcurrent requests executing at once over all clients; {@code -1} (the default) for twice the cores the
 * JVM sees, {@code 0} for no limit ({@code ecograph.api.admission.max-concurrent})
 * @param queueWait how long a request waits in line before it is answered UNAVAILABLE "busy, retry"
 * ({@code ecograph.api.admission.queue-wait})
 */
@ConfigurationProperties("ecograph.api.admission")
public record AdmissionLimits(@DefaultValue("-1") int maxConcurrent, @DefaultValue("10s") Duration queueWait) {

	/** The limit in effect: {@code maxConcurrent}, or twice the available processors for {@code -1}; 0 for none. */
	public int effectiveMaxConcurrent() {
		return this.maxConcurrent < 0 ? 2 * Runtime.getRuntime().availableProcessors() : this.maxConcurrent;
	}

}
