package org.ecograph.analysis.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.ecograph.model.AmountKind;
import org.ecograph.model.ChangeLog;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.GraphVersion;
import org.ecograph.model.Ids;
import org.ecograph.model.RelationKind;
import org.neo4j.driver.QueryRunner;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a {@link ClaimProjection} from Neo4j in one read transaction: the entities, then every claim between two
 * entities, streamed (never collected as records), with progress in the log every few seconds. Works the same on the
 * embedded server, an external one or a cluster (reads go to a reader).
 */
@Component
public class ProjectionLoader {

	private static final Logger log = LoggerFactory.getLogger(ProjectionLoader.class);

	private static final long PROGRESS_NANOS = 5_000_000_000L;

	private static final String COUNT = "MATCH ()-[r]->() RETURN count(r) AS n";

	private static final String ENTITY_COUNT = "MATCH (n:Entity) RETURN count(n) AS n";

	private static final String ENTITIES = "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels";

	/** The changes after a version, up to another, in order (one index range seek on the unique {@code seq}). */
	private static final String CHANGES = """
			MATCH (c:Change) WHERE c.seq > $since AND c.seq <= $until
			RETURN c.seq AS seq, c.operation AS operation, c.subjects AS subjects ORDER BY seq""";

	private static final String ENTITIES_BY_ID = "MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels";

	private static final String CLAIM_COLUMNS = """
			RETURN a.id AS f, b.id AS t, type(r) AS k, r.id AS id, r.status AS s, r.confidence AS c,
			       r.validFrom AS vf, r.validTo AS vt, r.shareOfSource AS ss, r.shareOfTarget AS st,
			       r.amountUsd AS amt, r.%s AS ak, r.%s AS inf, r.%s IS NOT NULL AS ret, r.%s AS rec"""
		.formatted(AmountKind.PROPERTY, ClaimFilter.INFERRED, ClaimFilter.RETRACTED_AT, ClaimFilter.RECORDED_AT);

	private static final String CLAIMS = "MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $types " + CLAIM_COLUMNS;

	/** The claims leaving and reaching the entities of {@code $ids} (index seeks on the entity id). */
	private static final String CLAIMS_AT = "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND type(r) IN $types "
			+ CLAIM_COLUMNS + "\nUNION ALL\nMATCH (a:Entity)-[r]->(b:Entity) WHERE b.id IN $ids AND type(r) IN $types "
			+ CLAIM_COLUMNS;

	/** The claims with the ids of {@code $claimIds}, one index seek per relation kind. */
	private static final String CLAIMS_BY_ID = RelationKind.types()
		.stream()
		.map(type -> "MATCH (a:Entity)-[r:" + type + "]->(b:Entity) WHERE r.id IN $claimIds " + CLAIM_COLUMNS)
		.collect(java.util.stream.Collectors.joining("\nUNION ALL\n"));

	/** Beyond this many touched ids, a rebuild reads less than the changes would. */
	private static final int MAX_TOUCHED = 10_000;

	private final AnalysisRepository repository;

	ProjectionLoader(AnalysisRepository repository) {
		this.repository = repository;
	}

	/** The graph version the database holds now. */
	@Transactional(readOnly = true)
	public long currentVersion() {
		return this.repository.version();
	}

	/** What a saved snapshot of the database as it is now must match (one transaction, count-store reads). */
	@Transactional(readOnly = true)
	public ProjectionFile.Key currentKey() {
		return this.repository.stream(tx -> {
			GraphVersion.Stamped now = GraphVersion.stamped(tx);
			return new ProjectionFile.Key(now.version(), now.stamp(), tx.run(ENTITY_COUNT).single().get("n").asLong(),
					tx.run(COUNT).single().get("n").asLong());
		});
	}

	/**
	 * A snapshot of the whole claim graph, read in one transaction of at most {@code ecograph.analysis.build-timeout};
	 * {@code progress} receives the claims read so far.
	 */
	@Transactional(readOnly = true, timeoutString = "${ecograph.analysis.build-timeout:3600}")
	public ClaimProjection build(LongConsumer progress) {
		return this.repository.stream(tx -> build(tx, progress));
	}

	/**
	 * The snapshot of the database's version made from {@code old} and the changes since it, when every change since
	 * is a steward's (the audit trail names what each touched) and they touched few enough; {@code null} when a
	 * rebuild is needed (a loaded script, a gap in the trail, too many touched ids). One read transaction.
	 */
	@Transactional(readOnly = true, timeoutString = "${ecograph.analysis.build-timeout:3600}")
	public ClaimProjection update(ClaimProjection old) {
		return this.repository.stream(tx -> update(tx, old));
	}

	private ClaimProjection update(QueryRunner tx, ClaimProjection old) {
		long started = System.nanoTime();
		GraphVersion.Stamped stamped = GraphVersion.stamped(tx);
		long version = stamped.version();
		if (version <= old.version()) {
			return old;
		}
		ProjectionDelta delta = new ProjectionDelta();
		long changes = 0;
		for (Record r : tx.run(CHANGES, Map.of("since", old.version(), "until", version)).list()) {
			changes++;
			if (ChangeLog.LOAD_SCRIPT.equals(r.get("operation").asString(null)) || r.get("subjects").isNull()) {
				return null;
			}
			for (String subject : r.get("subjects").asList(Value::asString)) {
				if (Ids.CLAIM_ID.matcher(subject).matches()) {
					delta.claimIds.add(subject);
				}
				else if (Ids.ENTITY_ID.matcher(subject).matches()) {
					delta.entityIds.add(subject);
				}
			}
		}
		if (changes != version - old.version() || delta.entityIds.size() + delta.claimIds.size() > MAX_TOUCHED) {
			return null;
		}
		List<String> entityIds = List.copyOf(delta.entityIds);
		tx.run(ENTITIES_BY_ID, Map.of("ids", entityIds)).forEachRemaining(r -> {
			String kind = kindOf(r);
			delta.entitiesNow.put(r.get("id").asString(), kind == null ? (byte) -1 : (byte) EntityKind.valueOf(kind).ordinal());
		});
		Map<String, Object> parameters = Map.of("ids", entityIds, "claimIds", List.copyOf(delta.claimIds), "types",
				RelationKind.types());
		for (String query : new String[] { CLAIMS_AT, CLAIMS_BY_ID }) {
			tx.run(query, parameters).forEachRemaining(r -> {
				String id = r.get("id").asString(null);
				if (id == null || !delta.claimsRead.add(id)) {
					return;
				}
				int c = delta.claims.add(id, 0, 0, RelationKind.valueOf(r.get("k").asString()));
				fill(delta.claims, c, r);
				delta.claimFrom.add(r.get("f").asString(""));
				delta.claimTo.add(r.get("t").asString(""));
			});
		}
		ClaimProjection projection = delta.applyTo(old, stamped);
		log.info("Analysis projection of graph version {} updated from version {}: {} entities and {} claims touched,"
				+ " {} claims in {} ms", version, old.version(), delta.entityIds.size(), delta.claimsRead.size(),
				projection.claimCount(), (System.nanoTime() - started) / 1_000_000);
		return projection;
	}

	private ClaimProjection build(QueryRunner tx, LongConsumer progress) {
		long started = System.nanoTime();
		GraphVersion.Stamped stamped = GraphVersion.stamped(tx);
		long version = stamped.version();
		long expected = tx.run(COUNT).single().get("n").asLong();
		List<String[]> rows = new ArrayList<>();
		tx.run(ENTITIES).forEachRemaining(r -> rows.add(new String[] { r.get("id").asString(null), kindOf(r) }));
		rows.removeIf(r -> r[0] == null);
		rows.sort((a, b) -> a[0].compareTo(b[0]));
		String[] ids = new String[rows.size()];
		byte[] kinds = new byte[rows.size()];
		Map<String, Integer> index = new HashMap<>(rows.size() * 2);
		for (int i = 0; i < ids.length; i++) {
			ids[i] = rows.get(i)[0];
			kinds[i] = rows.get(i)[1] == null ? -1 : (byte) EntityKind.valueOf(rows.get(i)[1]).ordinal();
			index.put(ids[i], i);
		}
		rows.clear();
		ClaimColumns claims = new ClaimColumns((int) Math.min(Integer.MAX_VALUE - 8, expected));
		Result result = tx.run(CLAIMS, Map.of("types", RelationKind.types()));
		long lastReport = System.nanoTime();
		while (result.hasNext()) {
			Record r = result.next();
			Integer from = index.get(r.get("f").asString(null));
			Integer to = index.get(r.get("t").asString(null));
			String id = r.get("id").asString(null);
			if (from == null || to == null || id == null) {
				continue;
			}
			int c = claims.add(id, from, to, RelationKind.valueOf(r.get("k").asString()));
			fill(claims, c, r);
			if (System.nanoTime() - lastReport > PROGRESS_NANOS) {
				log.info("Analysis projection of graph version {}: {} of about {} claims read", version, claims.count,
						expected);
				lastReport = System.nanoTime();
			}
			if ((claims.count & 0xFFFF) == 0) {
				progress.accept(claims.count);
			}
		}
		ClaimProjection projection = new ClaimProjection(version, stamped.stamp(), ids, kinds, claims.trimmed());
		log.info("Analysis projection of graph version {} built: {} entities, {} claims in {} ms", version,
				ids.length, projection.claimCount(), (System.nanoTime() - started) / 1_000_000);
		return projection;
	}

	private static void fill(ClaimColumns claims, int c, Record r) {
		Value s = r.get("s");
		claims.status[c] = s.isNull() ? ClaimProjection.NO_STATUS : status(s.asString());
		claims.confidence[c] = number(r.get("c"));
		claims.validFrom[c] = day(r.get("vf"));
		claims.validTo[c] = day(r.get("vt"));
		claims.recordedOn[c] = day(r.get("rec"));
		claims.shareOfSource[c] = number(r.get("ss"));
		claims.shareOfTarget[c] = number(r.get("st"));
		claims.amountUsd[c] = AmountKind.isFlow(r.get("ak").asString(null)) ? number(r.get("amt")) : Double.NaN;
		byte flags = 0;
		if (r.get("inf").asBoolean(false)) {
			flags |= ClaimProjection.INFERRED;
		}
		if (r.get("ret").asBoolean(false)) {
			flags |= ClaimProjection.RETRACTED;
		}
		claims.flags[c] = flags;
	}

	private static byte status(String name) {
		return Arrays.stream(ClaimStatus.values())
			.filter(v -> v.name().equals(name))
			.findFirst()
			.map(v -> (byte) v.ordinal())
			.orElse(ClaimProjection.NO_STATUS);
	}

	private static String kindOf(Record r) {
		return r.get("labels")
			.asList(Value::asString)
			.stream()
			.map(EntityKind::fromLabel)
			.flatMap(Optional::stream)
			.findFirst()
			.map(Enum::name)
			.orElse(null);
	}

	private static double number(Value v) {
		return v.isNull() ? Double.NaN : v.asDouble();
	}

	/** A date, date-time or local date-time as an epoch day; {@link ClaimProjection#NO_DATE} when absent. */
	private static int day(Value v) {
		Object value = v.isNull() ? null : v.asObject();
		LocalDate date;
		if (value instanceof LocalDate d) {
			date = d;
		}
		else if (value instanceof java.time.ZonedDateTime d) {
			date = d.toLocalDate();
		}
		else if (value instanceof java.time.OffsetDateTime d) {
			date = d.toLocalDate();
		}
		else if (value instanceof java.time.LocalDateTime d) {
			date = d.toLocalDate();
		}
		else {
			return ClaimProjection.NO_DATE;
		}
		return (int) date.toEpochDay();
	}

}
