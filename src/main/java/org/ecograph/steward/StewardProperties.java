package org.ecograph.steward;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the steward's write path.
 *
 * @param warmUp whether the statements of a mutation's validation are sent once, matching nothing, in the background
 * after start, so that the first mutation does not wait for Neo4j to plan them while it holds the writers' lock
 */
@ConfigurationProperties("ecograph.steward")
public record StewardProperties(@DefaultValue("true") boolean warmUp) {
}
