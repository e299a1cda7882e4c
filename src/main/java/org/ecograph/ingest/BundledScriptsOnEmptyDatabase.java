package org.ecograph.ingest;

import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Seeds an empty database with the bundled schema and seed scripts. Runs once all beans exist and before the web
 * server accepts requests, so nobody is ever served the empty graph of a first start.
 */
@Component
class BundledScriptsOnEmptyDatabase implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(BundledScriptsOnEmptyDatabase.class);

	private final IngestProperties properties;

	private final Driver driver;

	private final ScriptLoader loader;

	BundledScriptsOnEmptyDatabase(IngestProperties properties, Driver driver, ScriptLoader loader) {
		this.properties = properties;
		this.driver = driver;
		this.loader = loader;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (!this.properties.loadBundledOnEmpty() || !isEmpty()) {
			return;
		}
		log.info("The database is empty: loading the bundled scripts");
		this.loader.load(ScriptFinder.bundled(), false);
	}

	private boolean isEmpty() {
		return this.driver.executableQuery("MATCH (n) RETURN count(n) = 0 AS empty")
			.execute()
			.records()
			.get(0)
			.get("empty")
			.asBoolean();
	}

}
