package org.ecograph.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ecograph.data.Graph;
import org.ecograph.data.GraphVersions;
import org.ecograph.data.Row;
import org.ecograph.data.Transactions;
import org.ecograph.model.EntityKind;
import org.ecograph.model.NodeLabels;
import org.ecograph.model.RelationKind;
import org.springframework.stereotype.Component;

/**
 * Writes the whole knowledge base as two versioned scripts the loader restores into an empty store:
 * {@value #SCHEMA_FILE} (every constraint and index, {@code IF NOT EXISTS}) and {@value #DATA_FILE} (every node but
 * the loader's own history and the graph version, in batches of {@value #BATCH} per label set; every claim, matched by
 * the ids of its ends; and the graph version, so that the audit trail's sequence goes on where it was). All of it is
 * read in one read transaction of the configured database ({@link Transactions}) with a timeout of its own
 * ({@link BackupProperties#transactionTimeout()}): a consistent snapshot while the server keeps serving. Rows are
 * streamed into the files batch by batch, so a backup holds one batch in memory, never the graph; that is why the
 * files are written inside the transaction.
 */
@Component
public class BackupWriter {

	static final String SCHEMA_FILE = "V0001__backup_schema.cypher";

	static final String DATA_FILE = "V0002__backup_data.cypher";

	static final int BATCH = 200;

	/** Nodes the restore recreates by itself: the loader's record of applied scripts, and the graph version. */
	private static final List<String> NOT_EXPORTED = List.of(NodeLabels.APPLIED_SCRIPT, NodeLabels.GRAPH_VERSION);

	private static final Pattern SCHEMA_NAME = Pattern.compile(
			"^(CREATE (?:CONSTRAINT|(?:RANGE |TEXT |POINT |FULLTEXT |VECTOR )?INDEX) `(?:[^`]|``)+`)");

	private static final String CONSTRAINTS = """
			SHOW CONSTRAINTS YIELD name, createStatement RETURN createStatement ORDER BY name""";

	private static final String INDEXES = """
			SHOW INDEXES YIELD name, type, owningConstraint, createStatement
			WHERE type <> 'LOOKUP' AND owningConstraint IS NULL
			RETURN createStatement ORDER BY name""";

	/** The label sets of the nodes to back up (a scan of every node, once per backup). */
	private static final String LABEL_SETS = """
			MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip)
			RETURN DISTINCT labels(n) AS labels""";

	/**
	 * The nodes of exactly one label set, by id; {@code %s} is the set's labels, each escaped as an identifier
	 * ({@link CypherLiterals#key}), as the restore script writes them.
	 */
	private static final String NODES_LABELLED = """
			MATCH (n%s) WHERE size(labels(n)) = $count
			RETURN properties(n) AS p ORDER BY n.id""";

	private static final Map<RelationKind, String> CLAIMS = claimQueries();

	/** Label sets in the order the files list them: by their text, as {@code [Company, Entity]}. */
	private static final Comparator<List<String>> LABEL_SET_ORDER = Comparator.comparing(List::toString);

	private final Graph graph;

	private final Transactions transactions;

	private final GraphVersions versions;

	private final BackupProperties properties;

	BackupWriter(Graph graph, Transactions transactions, GraphVersions versions, BackupProperties properties) {
		this.graph = graph;
		this.transactions = transactions;
		this.versions = versions;
		this.properties = properties;
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
		try {
			return this.transactions.read(this.properties.transactionTimeout(), () -> snapshot(folder));
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** Writes both files from the caller's read transaction; an {@link IOException} leaves it unchecked. */
	private Summary snapshot(Path folder) {
		try {
			List<String> schema = schema();
			try (Writer out = Files.newBufferedWriter(folder.resolve(SCHEMA_FILE), StandardCharsets.UTF_8)) {
				out.write("// Ecograph backup of " + now() + ": the schema (constraints and indexes).\n");
				for (String statement : schema) {
					out.write(statement + ";\n");
				}
			}
			long version = this.versions.read();
			long nodes;
			long claims;
			try (Writer out = Files.newBufferedWriter(folder.resolve(DATA_FILE), StandardCharsets.UTF_8)) {
				out.write("// Ecograph backup of " + now() + ": every node and claim, and the graph version "
						+ version + ".\n");
				nodes = writeNodes(out);
				claims = writeClaims(out);
				out.write("MERGE (v:GraphVersion {id: 'graph'}) SET v.version = " + version + ";\n");
			}
			return new Summary(folder, schema.size(), nodes, claims, version);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> schema() {
		List<String> statements = new ArrayList<>();
		statements.addAll(this.graph.query(CONSTRAINTS).list(row -> ifNotExists(row.string("createStatement"))));
		statements.addAll(this.graph.query(INDEXES).list(row -> ifNotExists(row.string("createStatement"))));
		return statements;
	}

	private static String ifNotExists(String createStatement) {
		Matcher m = SCHEMA_NAME.matcher(createStatement);
		if (!m.find()) {
			throw new IllegalStateException("Unexpected schema statement: " + createStatement);
		}
		return m.group(1) + " IF NOT EXISTS" + createStatement.substring(m.end());
	}

	private long writeNodes(Writer out) {
		Set<List<String>> labelSets = new TreeSet<>(LABEL_SET_ORDER);
		this.graph.query(LABEL_SETS)
			.bind("skip", NOT_EXPORTED)
			.list(row -> row.strings("labels").stream().sorted().toList())
			.forEach(labelSets::add);
		long count = 0;
		for (List<String> labels : labelSets) {
			String rendered = labels.stream().map(l -> ":" + CypherLiterals.key(l)).collect(Collectors.joining());
			Batches batches = new Batches(out, " AS p\nCREATE (n" + rendered + ") SET n = p;\n");
			this.graph.query(NODES_LABELLED.formatted(rendered))
				.bind("count", labels.size())
				.forEach(row -> batches.add(row.map("p")));
			count += batches.close();
		}
		return count;
	}

	private long writeClaims(Writer out) {
		long count = 0;
		for (var query : CLAIMS.entrySet()) {
			Batches batches = new Batches(out, " AS c\nMATCH (a:Entity {id: c.f}), (b:Entity {id: c.t})\nCREATE (a)-[r:"
					+ query.getKey().name() + "]->(b) SET r = c.p;\n");
			this.graph.query(query.getValue()).forEach(row -> batches.add(claim(row)));
			count += batches.close();
		}
		return count;
	}

	private static Map<RelationKind, String> claimQueries() {
		Map<RelationKind, String> queries = new LinkedHashMap<>();
		for (String type : RelationKind.types()) {
			queries.put(RelationKind.valueOf(type), "MATCH (a:" + EntityKind.ENTITY_LABEL + ")-[r:" + type + "]->(b:"
					+ EntityKind.ENTITY_LABEL + ") RETURN a.id AS f, b.id AS t, properties(r) AS p ORDER BY r.id");
		}
		return queries;
	}

	private static Map<String, Object> claim(Row r) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("f", r.string("f"));
		row.put("t", r.string("t"));
		row.put("p", r.map("p"));
		return row;
	}

	/** Rows written as one statement {@code UNWIND [rows] <rest>} per {@value #BATCH}, as they arrive. */
	private static final class Batches {

		private final Writer out;

		private final String rest;

		private final List<Map<String, Object>> batch = new ArrayList<>(BATCH);

		private long written;

		/** {@code rest}: what follows the list of rows in each statement. */
		Batches(Writer out, String rest) {
			this.out = out;
			this.rest = rest;
		}

		void add(Map<String, Object> row) {
			this.batch.add(row);
			if (this.batch.size() == BATCH) {
				flush();
			}
		}

		/** Writes what is left; returns how many rows were written. */
		long close() {
			flush();
			return this.written;
		}

		private void flush() {
			if (this.batch.isEmpty()) {
				return;
			}
			try {
				this.out.write("UNWIND " + list(this.batch) + this.rest);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.written += this.batch.size();
			this.batch.clear();
		}

	}

	private static String list(List<Map<String, Object>> rows) {
		return rows.stream().map(CypherLiterals::map).collect(Collectors.joining(",\n  ", "[\n  ", "\n]"));
	}

	private static String now() {
		return OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
	}

}
