package org.ecograph.backup;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The backup's settings.
 *
 * @param transactionTimeout how long the one read transaction of a backup ({@code ecograph export}) may run: it reads
 * the whole knowledge base as one consistent snapshot, which takes far longer than a request's
 * {@code ecograph.neo4j.query-timeout} ({@code ecograph.backup.transaction-timeout}, default 1 h)
 */
@ConfigurationProperties("ecograph.backup")
public record BackupProperties(@DefaultValue("1h") Duration transactionTimeout) {

}
