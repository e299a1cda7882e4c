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
 * Where a start's time went, in one INFO line once the application serves: the embedded Neo4j's own start, the
 * bundled scripts (or the check that none is pending), the rest of the application (Spring, GraphQL schema, web
 * server), and the total since the application started (and since the JVM did). What runs after that in the
 * background (the analysis projection, the search keys of a store written by another client) logs its own line.
 */
@Component
public class StartupTimeline implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(StartupTimeline.class);

	private final ObjectProvider<EmbeddedNeo4jServer> server;

	private final List<String> phases = new ArrayList<>();

	private Duration measured = Duration.ZERO;

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
		List<String> parts = new ArrayList<>();
		EmbeddedNeo4jServer neo4j = this.server.getIfAvailable();
		Duration known;
		synchronized (this) {
			if (neo4j != null) {
				parts.add("embedded Neo4j " + seconds(neo4j.startedIn()));
			}
			parts.addAll(this.phases);
			known = this.measured.plus(neo4j == null ? Duration.ZERO : neo4j.startedIn());
		}
		parts.add("Spring, GraphQL schema and web server " + seconds(total.minus(known)));
		log.info("Start-up timeline: serving {} after the application started ({} after the JVM): {}", seconds(total),
				seconds(jvm), String.join(", ", parts));
	}

	private static String seconds(Duration duration) {
		return String.format(Locale.ROOT, "%.1f s", Math.max(0, duration.toMillis()) / 1000.0);
	}

}
