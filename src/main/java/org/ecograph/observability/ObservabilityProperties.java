package org.ecograph.observability;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the instance reports about itself beyond Spring Boot's own {@code management.*} settings.
 *
 * @param slowOperation a GraphQL operation that takes at least this long is logged on the logger
 * {@code org.ecograph.slow} at INFO, with its name, type, field count, duration, graph version and the caller's role
 * (never its variables or literals); {@code 0} logs every operation
 * @param maxOperationNames how many distinct operation names the {@code graphql.request} metrics tell apart (the first
 * ones seen since start); later new names are counted under {@code other}, so a client cannot grow the metrics
 * without bound
 */
@ConfigurationProperties("ecograph.observability")
public record ObservabilityProperties(@DefaultValue("500ms") Duration slowOperation,
		@DefaultValue("100") int maxOperationNames) {
}
