package org.ecograph.ingest;

import java.util.List;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/** The whole graph as sorted text lines, to prove that a refused load changed nothing at all. */
record GraphSnapshot(List<String> nodes, List<String> relationships) {

	static GraphSnapshot of(Driver driver) {
		List<String> nodes = driver
			.executableQuery("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("labels").asList().stream().sorted().toList() + " "
					+ new TreeMap<>(r.get("props").asMap()))
			.sorted()
			.toList();
		List<String> relationships = driver.executableQuery("""
				MATCH (a)-[r]->(b)
				RETURN coalesce(a.id, '?') + ' -' + type(r) + '-> ' + coalesce(b.id, '?') AS edge, properties(r) AS props""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("edge").asString() + " " + new TreeMap<>(r.get("props").asMap()))
			.sorted()
			.toList();
		return new GraphSnapshot(nodes, relationships);
	}

}
