package org.ecograph.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ecograph.data.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database with the bundled schema and seed scripts, and finishes the bundled scripts a database
 * started but does not have yet (a first start that was stopped half-way, or a new release that ships a new seed
 * version). Runs once all beans exist and before the web server accepts requests, so nobody is served the empty or
 * half-seeded graph of a first start.
 */
@Component
class BundledScriptsOnEmptyDatabase implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(BundledScriptsOnEmptyDatabase.class);

	private final IngestProperties properties;

	private final ScriptLoader loader;

	private final ScriptRepository scripts;

	private final Transactions transactions;

	private final StartupTimeline timeline;

	BundledScriptsOnEmptyDatabase(IngestProperties properties, ScriptLoader loader, ScriptRepository scripts,
			Transactions transactions, StartupTimeline timeline) {
		this.properties = properties;
		this.loader = loader;
		this.scripts = scripts;
		this.transactions = transactions;
		this.timeline = timeline;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.properties.loadBundledOnEmpty()) {
			return;
		}
		long started = System.nanoTime();
		String what = seedOrFinish();
		this.timeline.phase(what, Duration.ofNanos(System.nanoTime() - started));
	}

	/** What was done, for the start-up timeline. */
	private String seedOrFinish() {
		if (this.transactions.read(timeout(), this.scripts::isEmpty)) {
			log.info("The database holds no knowledge yet (no script applied, no entity, no source): loading the "
					+ "bundled scripts");
			this.loader.loadAsOneBatch(ScriptFinder.bundled());
			return "bundled scripts loaded";
		}
		List<AppliedScript> applied = this.transactions.read(timeout(), this.scripts::applied);
		if (applied.stream().noneMatch(a -> a.location().startsWith("classpath:"))) {
			return "bundled scripts not used by this store";
		}
		List<CypherScript> bundled = ScriptFinder.bundled();
		Set<Integer> done = applied.stream().map(AppliedScript::version).collect(Collectors.toSet());
		List<CypherScript> pending = bundled.stream().filter(s -> !done.contains(s.version())).toList();
		if (pending.isEmpty()) {
			return "bundled scripts checked (none pending)";
		}
		log.info("The bundled scripts were loaded here before; loading the {} not applied yet: {}", pending.size(),
				pending.stream().map(CypherScript::label).collect(Collectors.joining(", ")));
		try {
			this.loader.loadAsOneBatch(bundled);
		}
		catch (LoadException ex) {
			// The graph is as it was; a steward decides, the service still starts.
			log.warn("The bundled scripts could not be completed; the graph is unchanged by them: {}", ex.getMessage());
		}
		return pending.size() + " pending bundled script(s) loaded";
	}

	private Duration timeout() {
		return this.properties.transactionTimeout();
	}

}
