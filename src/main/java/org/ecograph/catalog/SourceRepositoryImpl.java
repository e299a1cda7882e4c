package org.ecograph.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.data.Graph;
import org.ecograph.model.Source;
import org.springframework.stereotype.Repository;

/** {@link SourceRepository} on {@link Graph}: one seek of the source-id index per id. */
@Repository
class SourceRepositoryImpl implements SourceRepository {

	static final String BY_IDS = "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s";

	private final Graph graph;

	SourceRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	@Override
	public Map<String, Source> findByIds(Collection<String> ids) {
		Map<String, Source> found = new LinkedHashMap<>();
		this.graph.query(BY_IDS)
			.bind("ids", List.copyOf(Set.copyOf(ids)))
			.list(row -> row.source("s"))
			.forEach(source -> found.putIfAbsent(source.id(), source));
		return found;
	}

}
