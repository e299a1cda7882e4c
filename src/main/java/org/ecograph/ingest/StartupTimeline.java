package org.ecograph.ingest;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ecograph.neo4j.EmbeddedNeo4jServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Where a start's time went, in INFO lines beginning {@value #PREFIX}: once the application serves, the embedded
 * Neo4j's own start (whether a fresh store was seeded from the seed archive, and how long the application waited for
 * it, when it started beside Spring), the bundled scripts
 * (or the check that none is pending), the rest of the application (Spring, GraphQL schema, web server) and the total
 * since the application started (and since the JVM did); then, once the analysis projection is in memory (the
 * instance is ready, {@code /actuator/health} UP), the same with the projection's time added
 * ({@link #analysisReady}). The search keys of a store written by another client log their own line.
 */
@Component
public class StartupTimeline implements ApplicationListener<ApplicationReadyEvent> {

	/** How every line of the timeline begins. */
	public static final String PREFIX = "Start-up timeline: ";

	private static final Logger log = LoggerFactory.getLogger(StartupTimeline.class);

	private final ObjectProvider<EmbeddedNeo4jServer> server;

	private final List<String> phases = new ArrayList<>();

	private Duration measured = Duration.ZERO;

	/** When the application served ({@link System#nanoTime()}), 0 before. */
	private long servingAt;

	/** How long after the application's start it served. */
	private Duration serving = Duration.ZERO;

	private boolean analysisReady;

	StartupTimeline(ObjectProvider<EmbeddedNeo4jServer> server) {
		this.server = server;
	}

	/** A phase of the start that took {@code took}, described as {@code what}. */
	synchronized void phase(String what, Duration took) {
		this.phases.add(what + " " + seconds(took));
		this.measured = this.measured.plus(took);
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		Duration jvm = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
		Duration total = event.getTimeTaken() != null ? event.getTimeTaken() : jvm;
		List<String> parts;
		synchronized (this) {
			this.servingAt = System.nanoTime();
			this.serving = total;
			parts = parts(total);
		}
		log.info("{}serving {} after the application started ({} after the JVM): {}", PREFIX, seconds(total),
				seconds(jvm), String.join(", ", parts));
	}

	/**
	 * The first snapshot of the analysis projection of graph version {@code version} is in memory: logs the whole
	 * timeline with the projection's time (from serving to now); later snapshots are not part of the start.
	 */
	public void analysisReady(long version) {
		Duration jvm = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
		Duration total;
		List<String> parts;
		synchronized (this) {
			if (this.analysisReady || this.servingAt == 0) {
				return;
			}
			this.analysisReady = true;
			Duration projection = Duration.ofNanos(System.nanoTime() - this.servingAt);
			total = this.serving.plus(projection);
			parts = parts(this.serving);
			parts.add("analysis projection (graph version " + version + ") " + seconds(projection));
		}
		log.info("{}analysis ready {} after the application started ({} after the JVM): {}", PREFIX, seconds(total),
				seconds(jvm), String.join(", ", parts));
	}

	/** The phases up to serving, {@code total} after the start. */
	private List<String> parts(Duration total) {
		List<String> parts = new ArrayList<>();
		EmbeddedNeo4jServer neo4j = this.server.getIfAvailable();
		Duration waited = Duration.ZERO;
		if (neo4j != null) {
			waited = neo4j.awaited();
			List<String> notes = new ArrayList<>();
			neo4j.fresh().ifPresent(notes::add);
			if (waited.compareTo(neo4j.startedIn()) < 0) {
				notes.add("beside Spring; waited for " + seconds(waited));
			}
			parts.add("embedded Neo4j " + seconds(neo4j.startedIn())
					+ (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"));
		}
		parts.addAll(this.phases);
		parts.add("Spring, GraphQL schema and web server " + seconds(total.minus(this.measured).minus(waited)));
		return parts;
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", Math.max(0, duration.toMillis()) / 1000.0);
	}

}
