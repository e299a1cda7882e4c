package org.ecograph.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ecograph.data.Graph;
import org.ecograph.model.Source;
import org.springframework.stereotype.Repository;

/**
 * {@link SourceRepository} on {@link Graph}: one seek of the source-id index per id; the listing an ordered seek of
 * that index from the cursor on; the count read from the label's count store.
 */
@Repository
class SourceRepositoryImpl implements SourceRepository {

	static final String BY_IDS = "UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN s";

	static final String LIST = """
			MATCH (s:Source)
			WHERE s.id > $afterId
			RETURN s ORDER BY s.id LIMIT $limit""";

	static final String COUNT = "MATCH (s:Source) RETURN count(s) AS total";

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

	@Override
	public List<Source> list(String afterId, int limit) {
		return this.graph.query(LIST)
			.bindAll(Parameters.of("afterId", afterId, "limit", limit))
			.list(row -> row.source("s"));
	}

	@Override
	public long count() {
		return this.graph.query(COUNT).one(row -> row.integer("total", 0)).orElse(0L);
	}

}
