package org.ecograph.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ecograph.model.Source;
import org.neo4j.driver.types.Node;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The documents claims cite. */
@Service
@Transactional(readOnly = true)
public class SourceCatalog {

	private final Neo4jClient neo4j;

	SourceCatalog(Neo4jClient neo4j) {
		this.neo4j = neo4j;
	}

	/** The sources with these ids, by id; absent ids have no entry. One query whatever the number of ids. */
	public Map<String, Source> findByIds(Collection<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.neo4j.query("UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s")
			.bind(List.copyOf(Set.copyOf(ids)))
			.to("ids")
			.fetchAs(Source.class)
			.mappedBy((types, row) -> source(row.get("s").asNode()))
			.all()
			.stream()
			.collect(Collectors.toMap(Source::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
	}

	private static Source source(Node node) {
		return new Source(node.get("id").asString(), node.get("title").asString(null),
				node.get("language").asString(null), node.get("url").asString(null),
				node.get("publisher").asString(null),
				node.get("publishedOn").isNull() ? null : node.get("publishedOn").asLocalDate(null), node.asMap());
	}

}
