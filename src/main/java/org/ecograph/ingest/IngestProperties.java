package org.ecograph.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the loader.
 *
 * @param loadBundledOnEmpty at start-up, load the bundled {@code cypher/} scripts when the database holds no
 * nodes and no applied scripts (a fresh embedded store, or an empty external server)
 */
@ConfigurationProperties("ecograph.ingest")
public record IngestProperties(@DefaultValue("true") boolean loadBundledOnEmpty) {
}
