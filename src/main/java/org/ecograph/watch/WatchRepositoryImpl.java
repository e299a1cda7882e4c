package org.ecograph.watch;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.data.Graph;
import org.ecograph.model.Claim;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Repository;

/** {@link WatchRepository} on {@link Graph}: the indexes of schema script V0027. */
@Repository
class WatchRepositoryImpl implements WatchRepository {

	private static final String CREATE = "CREATE (w:Watch) SET w = $props, w.createdAt = datetime()";

	private static final String BY_OWNER = """
			MATCH (w:Watch) WHERE w.owner = $owner
			RETURN properties(w) AS w ORDER BY w.id""";

	/** An ordered seek of the id index: the watches are read page by page, never held all at once. */
	private static final String PAGE = """
			MATCH (w:Watch) WHERE w.id > $after
			RETURN properties(w) AS w ORDER BY w.id LIMIT $limit""";

	private static final String DELETE_EVENTS = """
			MATCH (e:WatchEvent) WHERE e.watchId = $id AND e.owner = $owner
			DELETE e""";

	private static final String DELETE = """
			MATCH (w:Watch {id: $id}) WHERE w.owner = $owner
			DELETE w
			RETURN count(*) AS deleted""";

	private static final String ANSWER = """
			MATCH (w:Watch {id: $id})
			SET w.answer = $answer, w.answerKey = $key, w.evidence = $evidence, w.graphVersion = $version""";

	/**
	 * The next number is taken under the write lock of the sequence node, so numbers follow commit order; the key
	 * (watch and version) is unique, so a replayed version records nothing.
	 */
	private static final String RECORD_EVENT = """
			MATCH (w:Watch {id: $watchId})
			OPTIONAL MATCH (old:WatchEvent {key: $key})
			WITH w WHERE old IS NULL
			MERGE (s:WatchEventSequence {id: 'watchEvents'})
			SET s.last = coalesce(s.last, 0) + 1
			CREATE (e:WatchEvent {id: 'watchEvent:' + toString(s.last), seq: s.last, key: $key, watchId: w.id,
			        owner: w.owner, graphVersion: $version, before: $before, after: $after, causes: $causes})
			SET e.at = datetime()
			RETURN e.seq AS seq""";

	private static final String EVENTS_AFTER = """
			MATCH (e:WatchEvent) WHERE e.owner = $owner AND e.seq > $after
			WITH e ORDER BY e.seq LIMIT $limit
			MATCH (w:Watch {id: e.watchId})
			RETURN e.seq AS seq, e.graphVersion AS version, e.before AS before, e.after AS after,
			       e.causes AS causes, properties(w) AS w
			ORDER BY seq""";

	private static final String EXISTING = """
			UNWIND $ids AS id
			MATCH (e:Entity {id: id})
			RETURN e.id AS id""";

	private static final String TOUCHING = """
			MATCH (e:Entity {id: $id})-[r]-(:Entity)
			WHERE type(r) IN $types
			RETURN {claim: r, from: startNode(r).id, to: endNode(r).id} AS claim""";

	private final Graph graph;

	WatchRepositoryImpl(Graph graph) {
		this.graph = graph;
	}

	@Override
	public void create(Saved saved) {
		Watch w = saved.watch();
		Map<String, Object> props = new HashMap<>();
		props.put("id", w.id());
		props.put("owner", saved.owner());
		props.put("kind", w.kind().name());
		props.put("entity", w.entity());
		props.put("counterpart", w.counterpart());
		props.put("from", w.from());
		props.put("to", w.to());
		props.put("maxHops", w.maxHops());
		props.put("threshold", w.threshold());
		props.put("top", w.top());
		props.put("direction", w.direction() == null ? null : w.direction().name());
		props.put("answer", WatchJson.write(w.answer()));
		props.put("answerKey", saved.key());
		props.put("evidence", WatchJson.write(saved.evidence()));
		props.put("graphVersion", w.graphVersion());
		this.graph.query(CREATE).bind("props", props).run();
	}

	@Override
	public List<Saved> byOwner(String owner) {
		return this.graph.query(BY_OWNER).bind("owner", owner).list(row -> saved(row.map("w")));
	}

	@Override
	public List<Saved> page(String after, int limit) {
		return this.graph.query(PAGE).bind("after", after).bind("limit", limit).list(row -> saved(row.map("w")));
	}

	@Override
	public boolean delete(String id, String owner) {
		this.graph.query(DELETE_EVENTS).bind("id", id).bind("owner", owner).run();
		return this.graph.query(DELETE).bind("id", id).bind("owner", owner).single(row -> row.integer("deleted", 0)) > 0;
	}

	@Override
	public void answer(String id, Evaluation evaluation) {
		this.graph.query(ANSWER)
			.bind("id", id)
			.bind("answer", WatchJson.write(evaluation.answer()))
			.bind("key", evaluation.key())
			.bind("evidence", WatchJson.write(evaluation.evidence()))
			.bind("version", evaluation.graphVersion())
			.run();
	}

	@Override
	public Optional<Long> recordEvent(String watchId, long graphVersion, String before, String after,
			List<String> causes) {
		return this.graph.query(RECORD_EVENT)
			.bind("watchId", watchId)
			.bind("key", watchId + "@" + graphVersion)
			.bind("version", graphVersion)
			.bind("before", before)
			.bind("after", after)
			.bind("causes", causes)
			.one(row -> row.integer("seq", 0));
	}

	@Override
	public List<StoredEvent> eventsAfter(String owner, long after, int limit) {
		return this.graph.query(EVENTS_AFTER)
			.bind("owner", owner)
			.bind("after", after)
			.bind("limit", limit)
			.list(row -> new StoredEvent(row.integer("seq", 0), saved(row.map("w")), row.integer("version", 0),
					row.string("before"), row.string("after"), row.strings("causes")));
	}

	@Override
	public Set<String> existingEntities(Collection<String> ids) {
		return new HashSet<>(this.graph.query(EXISTING).bind("ids", List.copyOf(Set.copyOf(ids))).list(row -> row.string("id")));
	}

	@Override
	public List<Claim> claimsTouching(String entity) {
		return this.graph.query(TOUCHING).bind("id", entity).bind("types", RelationKind.types()).list(row -> row.claim("claim"));
	}

	private static Saved saved(Map<String, Object> p) {
		Watch watch = new Watch((String) p.get("id"), WatchKind.valueOf((String) p.get("kind")),
				(String) p.get("entity"), (String) p.get("counterpart"), (String) p.get("from"), (String) p.get("to"),
				integer(p.get("maxHops")), p.get("threshold") == null ? null : ((Number) p.get("threshold")).doubleValue(),
				integer(p.get("top")),
				p.get("direction") == null ? null : ExposureDirection.valueOf((String) p.get("direction")),
				WatchJson.answer((String) p.get("answer")), ((Number) p.get("graphVersion")).longValue());
		return new Saved(watch, (String) p.get("owner"), (String) p.get("answerKey"),
				WatchJson.evidence((String) p.get("evidence")));
	}

	private static Integer integer(Object value) {
		return value == null ? null : ((Number) value).intValue();
	}

}
