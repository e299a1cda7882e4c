package org.ecograph.data;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The data layer's settings.
 *
 * @param queryTimeout the timeout of every database transaction that does not set its own (a catalog read, a steward
 * mutation, a token check): {@code ecograph.neo4j.query-timeout}, default 10 s. The deprecated
 * {@code ecograph.api.query-timeout} is read when this is not set.
 */
@ConfigurationProperties("ecograph.neo4j")
public record DataProperties(Duration queryTimeout) {

}
