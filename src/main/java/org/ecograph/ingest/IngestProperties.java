package org.ecograph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the loader.
 *
 * @param loadBundledOnEmpty at start-up, load the bundled {@code cypher/} scripts when the database holds no nodes
 * (a fresh embedded store, or an empty external server), and finish them when an earlier start applied only some
 */
@ConfigurationProperties("ecograph.ingest")
public record IngestProperties(@DefaultValue("true") boolean loadBundledOnEmpty) {
}
