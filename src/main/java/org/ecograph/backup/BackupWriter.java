package org.ecograph.backup;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ecograph.model.EntityKind;
import org.ecograph.model.GraphVersion;
import org.ecograph.model.RelationKind;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Writes the whole knowledge base as two versioned scripts the loader restores into an empty store:
 * {@value #SCHEMA_FILE} (every constraint and index, {@code IF NOT EXISTS}) and {@value #DATA_FILE} (every node but
 * the loader's own history and the graph version, in batches of {@value #BATCH} per label set; every claim, matched by
 * the ids of its ends; and the graph version, so that the audit trail's sequence goes on where it was). All of it is
 * read in one read transaction: a consistent snapshot while the server keeps serving.
 */
@Component
public class BackupWriter {

	static final String SCHEMA_FILE = "V0001__backup_schema.cypher";

	static final String DATA_FILE = "V0002__backup_data.cypher";

	static final int BATCH = 200;

	/** Nodes the restore recreates by itself: the loader's record of applied scripts, and the graph version. */
	private static final List<String> NOT_EXPORTED = List.of("AppliedScript", GraphVersion.LABEL);

	private static final Pattern SCHEMA_NAME = Pattern.compile(
			"^(CREATE (?:CONSTRAINT|(?:RANGE |TEXT |POINT |FULLTEXT |VECTOR )?INDEX) `(?:[^`]|``)+`)");

	private final Driver driver;

	public BackupWriter(Driver driver) {
		this.driver = driver;
	}

	/** What a backup holds. */
	public record Summary(Path folder, int schemaStatements, long nodes, long claims, long version) {

		@Override
		public String toString() {
			return ("Backup in %s: %d schema statement(s), %d node(s), %d claim(s), graph version %d. Restore with:"
					+ " java -jar ecograph.jar load %s (into an empty store)").formatted(this.folder, this.schemaStatements,
						this.nodes, this.claims, this.version, this.folder);
		}

	}

	/**
	 * Writes the backup into {@code folder}, which must not exist or be empty.
	 * @throws IllegalArgumentException when the folder holds files
	 */
	public Summary write(Path folder) throws IOException {
		if (Files.isDirectory(folder)) {
			try (var entries = Files.list(folder)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalArgumentException("The folder " + folder + " is not empty: name a new or empty"
							+ " folder for the backup");
				}
			}
		}
		Files.createDirectories(folder);
		try (Session session = this.driver.session(SessionConfig.builder().withDefaultAccessMode(
				org.neo4j.driver.AccessMode.READ).build());
				Transaction tx = session.beginTransaction(TransactionConfig.empty())) {
			List<String> schema = schema(tx);
			try (Writer out = Files.newBufferedWriter(folder.resolve(SCHEMA_FILE), StandardCharsets.UTF_8)) {
				out.write("// Ecograph backup of " + now() + ": the schema (constraints and indexes).\n");
				for (String statement : schema) {
					out.write(statement + ";\n");
				}
			}
			long version = GraphVersion.read(tx);
			long nodes;
			long claims;
			try (Writer out = Files.newBufferedWriter(folder.resolve(DATA_FILE), StandardCharsets.UTF_8)) {
				out.write("// Ecograph backup of " + now() + ": every node and claim, and the graph version "
						+ version + ".\n");
				nodes = writeNodes(tx, out);
				claims = writeClaims(tx, out);
				out.write("MERGE (v:GraphVersion {id: 'graph'}) SET v.version = " + version + ";\n");
			}
			return new Summary(folder, schema.size(), nodes, claims, version);
		}
	}

	private static List<String> schema(Transaction tx) {
		List<String> statements = new ArrayList<>();
		tx.run("SHOW CONSTRAINTS YIELD name, createStatement RETURN createStatement ORDER BY name")
			.forEachRemaining(r -> statements.add(ifNotExists(r.get("createStatement").asString())));
		tx.run("""
				SHOW INDEXES YIELD name, type, owningConstraint, createStatement
				WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
				RETURN createStatement ORDER BY name""")
			.forEachRemaining(r -> statements.add(ifNotExists(r.get("createStatement").asString())));
		return statements;
	}

	private static String ifNotExists(String createStatement) {
		Matcher m = SCHEMA_NAME.matcher(createStatement);
		if (!m.find()) {
			throw new IllegalStateException("Unexpected schema statement: " + createStatement);
		}
		return m.group(1) + " IF NOT EXISTS" + createStatement.substring(m.end());
	}

	private static long writeNodes(Transaction tx, Writer out) throws IOException {
		Map<List<String>, List<Map<String, Object>>> byLabels = new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
		tx.run("MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip) RETURN labels(n) AS labels, properties(n) AS p"
				+ " ORDER BY n.id", Map.of("skip", NOT_EXPORTED))
			.forEachRemaining(r -> byLabels
				.computeIfAbsent(r.get("labels").asList(Value::asString).stream().sorted().toList(),
						k -> new ArrayList<>())
				.add(r.get("p").asMap()));
		long count = 0;
		for (var entry : byLabels.entrySet()) {
			String labels = entry.getKey().stream().map(l -> ":" + CypherLiterals.key(l)).collect(Collectors.joining());
			for (List<Map<String, Object>> batch : batches(entry.getValue())) {
				out.write("UNWIND " + list(batch) + " AS p\nCREATE (n" + labels + ") SET n = p;\n");
				count += batch.size();
			}
		}
		return count;
	}

	private static long writeClaims(Transaction tx, Writer out) throws IOException {
		long count = 0;
		for (String type : RelationKind.types()) {
			List<Map<String, Object>> claims = tx.run("MATCH (a:" + EntityKind.ENTITY_LABEL + ")-[r:" + type + "]->(b:"
					+ EntityKind.ENTITY_LABEL + ") RETURN a.id AS f, b.id AS t, properties(r) AS p ORDER BY r.id")
				.list(BackupWriter::claim);
			for (List<Map<String, Object>> batch : batches(claims)) {
				out.write("UNWIND " + list(batch) + " AS c\nMATCH (a:Entity {id: c.f}), (b:Entity {id: c.t})\nCREATE (a)-[r:"
						+ type + "]->(b) SET r = c.p;\n");
				count += batch.size();
			}
		}
		return count;
	}

	private static Map<String, Object> claim(Record r) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("f", r.get("f").asString());
		row.put("t", r.get("t").asString());
		row.put("p", r.get("p").asMap());
		return row;
	}

	private static String list(List<Map<String, Object>> rows) {
		return rows.stream().map(CypherLiterals::map).collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
	}

	private static <T> List<List<T>> batches(List<T> items) {
		List<List<T>> batches = new ArrayList<>();
		for (int i = 0; i < items.size(); i += BATCH) {
			batches.add(items.subList(i, Math.min(items.size(), i + BATCH)));
		}
		return batches;
	}

	private static String now() {
		return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
	}

}
