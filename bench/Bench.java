import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.AccessMode;

/**
 * Times the analyst's operations over HTTP against a running Ecograph and the same questions in raw Cypher over
 * Bolt against the same database, in one run, with C concurrent clients: p50/p95/p99, throughput and the ratios.
 * Optionally the same catalog questions against a peer GraphQL server (the Neo4j GraphQL Library, bench/peer/).
 *
 * <pre>java -cp NEO4J_DRIVER_CLASSPATH bench/Bench.java [--http URL] [--bolt URI] [--user U --password P]
 *      [--peer URL] [--clients 4] [--requests 200] [--seed 7] [--only entity,nameContains,relations,subgraph]
 *      [--sides ecograph,raw,peer] [--app-pid PID] [--bearer TOKEN]
 *      [--mixed SECONDS --token STEWARD_TOKEN [--writers 1] [--write-ratio 0.1] [--mixed-after SECONDS]
 *       [--mixed-warm SECONDS]]</pre>
 *
 * {@code --mixed} runs the mixed read/write workload instead of the per-operation timings (see {@link Mixed}):
 * with {@code --mixed-warm}, readers and writers together for that many seconds first, not compared (the JIT
 * compiles the write path before anything is timed); then
 * {@code --clients} readers asking the operations in turn, for SECONDS without writes, then for SECONDS again with
 * {@code --writers} writers issuing steward mutations so that about {@code --write-ratio} of all requests are
 * mutations; then, with {@code --mixed-after}, for that many seconds without writes again (the same reads on the
 * graph the writes grew); then every acknowledged write is read back. It writes to the database (claims
 * {@code claim:bench-...}): run it on a store you may change. With {@code --app-pid} it prints the application's CPU
 * per request of each phase, in all and by group of its threads (from {@code /proc/PID/task}).
 *
 * {@code --only} times only the operations whose short names are listed: paths, strength, exposure, pathsNamed,
 * exposureNamed, ranking, subgraph, entity, nameContains, relations, and the same questions asked the other way
 * (ids only where the question above asks names, names where it asks ids): pathsNames, exposureNames, rankingNames,
 * subgraphNames, entityIds, nameContainsIds, relationsNames; pathsFigures (the paths' hops and strength alone) and
 * typename ({@code { __typename }}: what the HTTP and GraphQL stack alone costs a request).
 * {@code --sides} times only the listed sides (e.g. {@code ecograph} alone, to profile the server without the other
 * sides' load). {@code --bearer} sends a token (any role) with Ecograph's timed requests: what a caller with a token
 * costs.
 * <p>
 * {@code --app-pid} names the process of the application (on this machine): each side's line then shows the CPU
 * time that process spent per request while the side was timed ({@code cpu/req}: user plus system time of all its
 * threads from {@code /proc/PID/stat}, in clock ticks of 10 ms at the usual 100 per second, divided by the requests;
 * the warm-up requests are not counted), and in brackets the part of it the JIT compiler's threads spent (code still
 * being compiled: a start's cost, which falls as the run goes on). The raw side's figure is the embedded Neo4j's work
 * for the same question (Bolt server and query) in the same process; the peer's is the app's Neo4j serving the peer.
 * Meaningful only when nothing else runs in that process.
 *
 * Exits non-zero when any request failed (an HTTP error, a GraphQL error or a failed Cypher query).
 */
public final class Bench {

	record Op(String name, IntFunction<String> graphql, IntFunction<Object[]> cypher, IntFunction<String> peer) {
	}

	/**
	 * One side's timing of one operation.
	 *
	 * @param cpuPerRequest milliseconds of CPU the application's process spent per request, NaN when not measured
	 * @param jitPerRequest the part of it its JIT compiler threads spent, NaN when not measured
	 */
	record Stats(int count, int errors, double p50, double p95, double p99, double perSecond, double cpuPerRequest,
			double jitPerRequest, String firstError) {

		String line() {
			String cpu = Double.isNaN(this.cpuPerRequest) ? ""
					: String.format(Locale.ROOT, "  cpu/req %6.2f ms", this.cpuPerRequest)
							+ (Double.isNaN(this.jitPerRequest) ? ""
									: String.format(Locale.ROOT, " (JIT %.2f)", this.jitPerRequest));
			return String.format(Locale.ROOT, "p50 %8.2f  p95 %8.2f  p99 %8.2f ms  %8.1f req/s%s%s", this.p50, this.p95,
					this.p99, this.perSecond, cpu,
					this.errors == 0 ? "" : "  ERRORS " + this.errors + ": " + this.firstError);
		}

	}

	static String http = "http://localhost:8080/graphql";

	static String bolt = "bolt://localhost:7687";

	static String user;

	static String password;

	static String peer;

	static int clients = 4;

	static int requests = 200;

	static long seed = 7;

	/** The application's process, whose CPU time is read around each timing; 0 for none. */
	static long appPid;

	/** Clock ticks per second of {@code /proc/PID/stat}'s times. */
	static long clockTicks = 100;

	/** The short names of the operations to time; {@code null} for all. */
	static java.util.Set<String> only;

	/** A bearer token the timed requests to Ecograph send outside {@code --mixed}; {@code null} for anonymous reads. */
	static String bearer;

	/** The sides to time: ecograph, raw, peer. */
	static java.util.Set<String> sides = java.util.Set.of("ecograph", "raw", "peer");

	/** Short names for {@code --only}, by operation name. */
	static final Map<String, String> SHORT_NAMES = Map.ofEntries(
			Map.entry("influencePaths HOPS k=5 maxHops=4", "paths"),
			Map.entry("influencePaths STRENGTH k=5 maxHops=4", "strength"),
			Map.entry("influencePaths HOPS, hops and strength only", "pathsFigures"),
			Map.entry("{ __typename }, the stack alone", "typename"),
			Map.entry("exposure DOWNSTREAM 3 hops first 50", "exposure"),
			Map.entry("influencePaths HOPS, with names and quotes", "pathsNamed"),
			Map.entry("exposure DOWNSTREAM, with names and quotes", "exposureNamed"),
			Map.entry("ranking(first: 10)", "ranking"), Map.entry("subgraph 2 hops limit 500", "subgraph"),
			Map.entry("entity(id)", "entity"), Map.entry("entities(nameContains, first: 20)", "nameContains"),
			Map.entry("entity { relations(first: 100) }", "relations"),
			Map.entry("influencePaths HOPS, with names", "pathsNames"),
			Map.entry("exposure DOWNSTREAM, with names", "exposureNames"),
			Map.entry("ranking(first: 10), with names", "rankingNames"),
			Map.entry("subgraph 2 hops limit 500, with labels", "subgraphNames"),
			Map.entry("entity(id), ids only", "entityIds"),
			Map.entry("entities(nameContains), ids only", "nameContainsIds"),
			Map.entry("entity { relations }, with names", "relationsNames"));

	public static void main(String[] args) throws Exception {
		System.exit(run(args) == 0 ? 0 : 1);
	}

	/** Parses the arguments, runs every operation and returns the number of failed requests. */
	public static int run(String... args) throws Exception {
		http = "http://localhost:8080/graphql";
		bolt = "bolt://localhost:7687";
		peer = null;
		only = null;
		appPid = 0;
		bearer = null;
		Mixed.warm = 0;
		sides = java.util.Set.of("ecograph", "raw", "peer");
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--http" -> http = args[++i];
				case "--bolt" -> bolt = args[++i];
				case "--user" -> user = args[++i];
				case "--password" -> password = args[++i];
				case "--peer" -> peer = args[++i];
				case "--clients" -> clients = Integer.parseInt(args[++i]);
				case "--requests" -> requests = Integer.parseInt(args[++i]);
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--only" -> only = java.util.Set.of(args[++i].split(","));
				case "--sides" -> sides = java.util.Set.of(args[++i].split(","));
				case "--app-pid" -> appPid = Long.parseLong(args[++i]);
				case "--mixed" -> Mixed.seconds = Integer.parseInt(args[++i]);
				case "--token" -> Mixed.token = args[++i];
				case "--bearer" -> bearer = args[++i];
				case "--writers" -> Mixed.writers = Integer.parseInt(args[++i]);
				case "--write-ratio" -> Mixed.ratio = Double.parseDouble(args[++i]);
				case "--mixed-after" -> Mixed.after = Integer.parseInt(args[++i]);
				case "--mixed-warm" -> Mixed.warm = Integer.parseInt(args[++i]);
				default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
			}
		}
		if (only != null && !SHORT_NAMES.values().containsAll(only)) {
			throw new IllegalArgumentException("--only takes names among " + new java.util.TreeSet<>(SHORT_NAMES.values())
					+ ", got " + only);
		}
		if (appPid > 0) {
			clockTicks = clockTicks();
			if (cpuTicks() < 0) {
				throw new IllegalArgumentException("--app-pid " + appPid + ": no readable /proc/" + appPid
						+ "/stat (give the pid of the application, running on this machine)");
			}
		}
		if (Mixed.seconds > 0 && (Mixed.token == null || Mixed.ratio <= 0 || Mixed.ratio >= 1 || Mixed.writers < 1)) {
			throw new IllegalArgumentException("--mixed needs --token (a steward's), --writers of at least 1 and a"
					+ " --write-ratio above 0 and below 1");
		}
		return runAll();
	}

	/** User plus system CPU time of the application's process so far, in clock ticks; -1 when unreadable. */
	static long cpuTicks() {
		try {
			String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + appPid + "/stat"));
			// The fields after the command name (which may hold spaces) in parentheses: utime and stime are 14 and 15.
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (Exception ex) {
			return -1;
		}
	}

	/** {@code getconf CLK_TCK}, 100 when it cannot be asked. */
	static long clockTicks() {
		try {
			Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
			String out = new String(getconf.getInputStream().readAllBytes()).trim();
			return getconf.waitFor() == 0 ? Long.parseLong(out) : 100;
		}
		catch (Exception ex) {
			return 100;
		}
	}

	static int runAll() throws Exception {
		try (Driver driver = user == null ? GraphDatabase.driver(bolt, AuthTokens.none())
				: GraphDatabase.driver(bolt, AuthTokens.basic(user, password))) {
			Workload w = Workload.sample(driver, new SplittableRandom(seed));
			System.out.printf(Locale.ROOT, "Workload: %d entities sampled, %d hubs (largest %d claims), %d path pairs "
					+ "(%d with a hub), %d clients, %d requests per operation%n", w.ids.size(), w.hubs.size(),
					w.largestHub, w.pairs.size(), w.hubPairs, clients, requests);
			HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
			if (Mixed.seconds > 0) {
				return Mixed.run(driver, client, w);
			}
			int failures = 0;
			System.out.printf("%-44s %-8s %s%n", "operation", "side", "latency and throughput");
			for (Op op : operations(w)) {
				if (only != null && !only.contains(SHORT_NAMES.get(op.name()))) {
					continue;
				}
				Stats mine = !sides.contains("ecograph") ? null
						: time(i -> post(client, http, op.graphql().apply(i), bearer));
				if (mine != null) {
					failures += mine.errors();
					System.out.printf("%-44s %-8s %s%n", op.name(), "ecograph", mine.line());
				}
				else {
					System.out.printf("%s%n", op.name());
				}
				if (op.cypher() != null && sides.contains("raw")) {
					Stats raw = time(i -> cypher(driver, op.cypher().apply(i)));
					failures += raw.errors();
					System.out.printf("%-44s %-8s %s   ratio p50 %.2fx, p99 %.2fx%n", "", "raw", raw.line(),
							mine == null ? Double.NaN : mine.p50() / raw.p50(),
							mine == null ? Double.NaN : mine.p99() / raw.p99());
				}
				if (op.peer() != null && peer != null && sides.contains("peer")) {
					Stats other = time(i -> post(client, peer, op.peer().apply(i)));
					failures += other.errors();
					System.out.printf("%-44s %-8s %s   throughput %.2fx the peer%n", "", "peer", other.line(),
							mine == null ? Double.NaN : mine.perSecond() / other.perSecond());
				}
			}
			return failures;
		}
	}

	static List<Op> operations(Workload w) {
		List<Op> ops = new ArrayList<>();
		ops.add(new Op("influencePaths HOPS k=5 maxHops=4", i -> {
			String[] p = w.pair(i);
			return "{ influencePaths(from: \"%s\", to: \"%s\", k: 5, maxHops: 4, rankBy: HOPS) { hops strength steps { relation { id } } } }"
				.formatted(p[0], p[1]);
		}, i -> {
			String[] p = w.pair(i);
			return new Object[] { """
					MATCH p = SHORTEST 5 (a:Entity {id: $from})-[*1..4]-(b:Entity {id: $to})
					RETURN [r IN relationships(p) | r.id] AS claims""", Map.of("from", p[0], "to", p[1]) };
		}, null));
		// The issue's own question of a request's cost (its CPU on the seed graph): the paths' figures alone.
		ops.add(new Op("influencePaths HOPS, hops and strength only", i -> {
			String[] p = w.pair(i);
			return "{ influencePaths(from: \"%s\", to: \"%s\", k: 5, maxHops: 4, rankBy: HOPS) { hops strength } }"
				.formatted(p[0], p[1]);
		}, null, null));
		ops.add(new Op("{ __typename }, the stack alone", i -> "{ __typename }", null, null));
		ops.add(new Op("influencePaths STRENGTH k=5 maxHops=4", i -> {
			String[] p = w.pair(i);
			return "{ influencePaths(from: \"%s\", to: \"%s\", k: 5, maxHops: 4) { hops strength steps { relation { id } } } }"
				.formatted(p[0], p[1]);
		}, null, null));
		ops.add(new Op("exposure DOWNSTREAM 3 hops first 50", i -> """
				{ exposure(entity: "%s", direction: DOWNSTREAM, maxHops: 3, first: 50, maxPaths: 3) {
				    counterpart { id } totalShare shareKnown pathCount paths { strength } } }""".formatted(w.entity(i)),
				i -> new Object[] { """
						MATCH p = (e:Entity {id: $id})-[rs*1..3]-(c:Entity)
						WHERE all(r IN rs WHERE r.shareOfTarget IS NOT NULL OR r.shareOfSource IS NOT NULL)
						  AND c <> e
						WITH c, sum(reduce(s = 1.0, r IN rs | s * coalesce(r.shareOfTarget, r.shareOfSource))) AS share
						RETURN c.id AS id, share ORDER BY share DESC LIMIT 50""", Map.of("id", w.entity(i)) },
				null));
		// The same questions asking for names, explanations and quotes: the answer's details are read from Neo4j.
		ops.add(new Op("influencePaths HOPS, with names and quotes", i -> {
			String[] p = w.pair(i);
			return "{ influencePaths(from: \"%s\", to: \"%s\", k: 5, maxHops: 4, rankBy: HOPS) { hops nodes { id name } steps { explanation relation { id quote } } } }"
				.formatted(p[0], p[1]);
		}, null, null));
		ops.add(new Op("exposure DOWNSTREAM, with names and quotes", i -> """
				{ exposure(entity: "%s", direction: DOWNSTREAM, maxHops: 3, first: 50, maxPaths: 3) {
				    counterpart { id name } totalShare paths { strength steps { explanation relation { id quote } } } } }"""
			.formatted(w.entity(i)), null, null));
		ops.add(new Op("ranking(first: 10)", i -> "{ ranking(first: 10) { score entity { id } } }", null, null));
		ops.add(new Op("subgraph 2 hops limit 500", i -> """
				{ subgraph(ids: ["%s"], hops: 2, limit: 500) { truncated nodes { id } edges { id source target } } }"""
			.formatted(w.entity(i)), i -> new Object[] { """
					MATCH (s:Entity {id: $id})
					CALL (s) { MATCH (s)-[*0..2]-(n:Entity) RETURN DISTINCT n LIMIT 500 }
					WITH collect(n) AS nodes
					UNWIND nodes AS a
					MATCH (a)-[r]->(b) WHERE b IN nodes
					RETURN a.id AS source, r.id AS id, b.id AS target""", Map.of("id", w.entity(i)) }, null));
		ops.add(new Op("entity(id)", i -> "{ entity(id: \"%s\") { id name kind aliases } }".formatted(w.entity(i)),
				i -> new Object[] { "MATCH (n:Entity {id: $id}) RETURN n.id, n.name, labels(n), n.aliases",
						Map.of("id", w.entity(i)) },
				i -> "{ entities(where: { id: { eq: \"%s\" } }) { id name aliases } }".formatted(w.entity(i))));
		ops.add(new Op("entities(nameContains, first: 20)", i -> """
				{ entities(nameContains: "%s", first: 20) { edges { node { id name } } } }""".formatted(w.word(i)),
				i -> new Object[] { """
						MATCH (n:Entity) WHERE n.name CONTAINS $text
						RETURN n.id, n.name ORDER BY n.name, n.id LIMIT 20""", Map.of("text", w.word(i)) },
				i -> "{ entities(where: { name: { contains: \"%s\" } }, sort: [{ name: ASC }], limit: 20) { id name } }"
					.formatted(w.word(i))));
		ops.add(new Op("entity { relations(first: 100) }", i -> """
				{ entity(id: "%s") { relations(first: 100) { edges { node { id kind from { id } to { id } } } } } }"""
			.formatted(w.entity(i)), i -> new Object[] { """
					MATCH (n:Entity {id: $id})-[r]-(m:Entity)
					RETURN r.id, type(r), startNode(r).id, endNode(r).id ORDER BY r.id LIMIT 100""",
					Map.of("id", w.entity(i)) },
				i -> "{ entities(where: { id: { eq: \"%s\" } }) { relations(first: 100) { id kind from to } } }"
					.formatted(w.entity(i))));
		// Each question again the other way: names where the one above asks ids only, ids where it asks names. The
		// analysis answers' names come from the snapshot (no read); quotes and explanations are read (above).
		ops.add(new Op("influencePaths HOPS, with names", i -> {
			String[] p = w.pair(i);
			return "{ influencePaths(from: \"%s\", to: \"%s\", k: 5, maxHops: 4, rankBy: HOPS) { hops strength nodes { id name } steps { relation { id } } } }"
				.formatted(p[0], p[1]);
		}, null, null));
		ops.add(new Op("exposure DOWNSTREAM, with names", i -> """
				{ exposure(entity: "%s", direction: DOWNSTREAM, maxHops: 3, first: 50, maxPaths: 3) {
				    counterpart { id name } totalShare shareKnown pathCount paths { strength nodes { name } } } }"""
			.formatted(w.entity(i)), null, null));
		ops.add(new Op("ranking(first: 10), with names", i -> "{ ranking(first: 10) { score entity { id name } } }",
				null, null));
		ops.add(new Op("subgraph 2 hops limit 500, with labels", i -> """
				{ subgraph(ids: ["%s"], hops: 2, limit: 500) { truncated nodes { id label kind } edges { id source target } } }"""
			.formatted(w.entity(i)), null, null));
		ops.add(new Op("entity(id), ids only", i -> "{ entity(id: \"%s\") { id kind } }".formatted(w.entity(i)),
				i -> new Object[] { "MATCH (n:Entity {id: $id}) RETURN n.id, labels(n)", Map.of("id", w.entity(i)) },
				null));
		ops.add(new Op("entities(nameContains), ids only", i -> """
				{ entities(nameContains: "%s", first: 20) { edges { node { id } } } }""".formatted(w.word(i)), null,
				null));
		ops.add(new Op("entity { relations }, with names", i -> """
				{ entity(id: "%s") { relations(first: 100) { edges { node { id kind from { id name } to { id name } } } } } }"""
			.formatted(w.entity(i)), null, null));
		return ops;
	}

	static Stats time(IntFunction<String> call) throws Exception {
		for (int i = 0; i < Math.min(20, requests); i++) {
			call.apply(requests + i);
		}
		double[] latencies = new double[requests];
		AtomicInteger next = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		String[] firstError = { null };
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		long cpuBefore = appPid > 0 ? cpuTicks() : -1;
		Map<String, Long> threadsBefore = appPid > 0 ? ThreadCpu.read() : null;
		long started = System.nanoTime();
		List<Future<?>> done = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			done.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					long t = System.nanoTime();
					String error = call.apply(i);
					latencies[i] = (System.nanoTime() - t) / 1e6;
					if (error != null) {
						errors.incrementAndGet();
						synchronized (firstError) {
							if (firstError[0] == null) {
								firstError[0] = error.length() > 300 ? error.substring(0, 300) : error;
							}
						}
					}
				}
				return null;
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		long cpuAfter = appPid > 0 ? cpuTicks() : -1;
		double jit = appPid > 0 ? ThreadCpu.used(threadsBefore, ThreadCpu.read(), seconds).jit() * 1000.0 / clockTicks
				/ requests : Double.NaN;
		pool.shutdown();
		Arrays.sort(latencies);
		double cpu = cpuBefore < 0 || cpuAfter < 0 ? Double.NaN
				: (cpuAfter - cpuBefore) * 1000.0 / clockTicks / requests;
		return new Stats(requests, errors.get(), percentile(latencies, 50), percentile(latencies, 95),
				percentile(latencies, 99), requests / seconds, cpu, jit, firstError[0]);
	}

	static double percentile(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	/** Returns null on success, else what went wrong. */
	static String post(HttpClient client, String url, String query) {
		return post(client, url, query, null);
	}

	/** The same, with a bearer token when {@code token} is not null. */
	static String post(HttpClient client, String url, String query, String token) {
		String[] body = { null };
		String error = post(client, url, query, token, body);
		return error;
	}

	/** The same; {@code body[0]} receives the response's body. */
	static String post(HttpClient client, String url, String query, String token, String[] answer) {
		String body = "{\"query\":" + json(query) + "}";
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
			if (token != null) {
				request.header("Authorization", "Bearer " + token);
			}
			HttpResponse<String> response = client.send(request
				.header("Content-Type", "application/json")
				.timeout(Duration.ofSeconds(60))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			answer[0] = response.body();
			if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
				return response.statusCode() + " " + response.body();
			}
			return null;
		}
		catch (Exception ex) {
			return ex.toString();
		}
	}

	static String cypher(Driver driver, Object[] query) {
		try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
			@SuppressWarnings("unchecked")
			Map<String, Object> parameters = (Map<String, Object>) query[1];
			session.executeRead(tx -> tx.run((String) query[0], parameters).list());
			return null;
		}
		catch (Exception ex) {
			return ex.toString();
		}
	}

	static String json(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				default -> b.append(c);
			}
		}
		return b.append('"').toString();
	}

	/** Entities and pairs drawn once, deterministically, from the database. */
	static final class Workload {

		final List<String> ids = new ArrayList<>();

		final List<String> hubs = new ArrayList<>();

		final List<String[]> pairs = new ArrayList<>();

		final List<String> words = new ArrayList<>();

		int hubPairs;

		long largestHub;

		static Workload sample(Driver driver, SplittableRandom random) {
			Workload w = new Workload();
			List<Record> all = driver.executableQuery("MATCH (n:Entity) RETURN n.id AS id, n.name AS name ORDER BY id")
				.execute()
				.records();
			for (int i = 0; i < 200; i++) {
				Record r = all.get(random.nextInt(all.size()));
				w.ids.add(r.get("id").asString());
				String name = r.get("name").asString();
				w.words.add(name.substring(0, Math.min(name.length(), 4 + random.nextInt(3))));
			}
			for (Record r : driver.executableQuery("""
					MATCH (n:Entity) WITH n, COUNT { (n)--() } AS degree ORDER BY degree DESC LIMIT 10
					RETURN n.id AS id, degree""").execute().records()) {
				w.hubs.add(r.get("id").asString());
				w.largestHub = Math.max(w.largestHub, r.get("degree").asLong());
			}
			for (int i = 0; i < 40; i++) {
				String a = w.ids.get(random.nextInt(w.ids.size()));
				String b = i % 4 == 0 ? w.hubs.get(random.nextInt(w.hubs.size())) : w.ids.get(random.nextInt(w.ids.size()));
				if (i % 8 == 0) {
					a = w.hubs.get(random.nextInt(w.hubs.size()));
				}
				if (!a.equals(b)) {
					w.pairs.add(new String[] { a, b });
					w.hubPairs += w.hubs.contains(a) || w.hubs.contains(b) ? 1 : 0;
				}
			}
			return w;
		}

		String entity(int i) {
			return this.ids.get(i % this.ids.size());
		}

		String word(int i) {
			return this.words.get(i % this.words.size());
		}

		String[] pair(int i) {
			return this.pairs.get(i % this.pairs.size());
		}

	}

	/**
	 * The mixed read/write workload: {@code --clients} readers ask the operations (those of {@code --only}, else all)
	 * in turn, first alone for {@code --mixed} seconds, then as long again beside {@code --writers} writers. A writer
	 * keeps mutations at about {@code --write-ratio} of all requests (it waits while ahead); each mutation is a steward's
	 * {@code upsertClaim}: two in three create a claim from a sampled entity to a hub (a write at a well-connected
	 * entity), one in three corrects the amount of a claim written before. Afterwards every acknowledged write (no
	 * error, no user error, a change id) is read back with {@code relation(id) { amountUsd }} and must hold the last
	 * amount acknowledged for it. Prints the reads' latencies without and with writes (and their ratio), the
	 * mutations' latencies and rate, errors, and acknowledged writes lost; fails on any error or loss.
	 */
	static final class Mixed {

		static int seconds;

		static String token;

		static int writers = 1;

		static double ratio = 0.1;

		/** The seconds of reads alone after the writes, on the graph they grew (0: none). */
		static int after;

		/**
		 * The seconds of readers and writers together before the measured phases, not compared (0: none): the JIT then
		 * compiles the write path before the reads alone are timed, as in a server that has taken writes before.
		 */
		static int warm;

		static int run(Driver driver, HttpClient client, Workload w) throws Exception {
			List<Op> ops = operations(w).stream()
				.filter(op -> only == null || only.contains(SHORT_NAMES.get(op.name())))
				.toList();
			String source = driver.executableQuery("MATCH (s:Source) RETURN s.id AS id ORDER BY id LIMIT 1")
				.execute()
				.records()
				.get(0)
				.get("id")
				.asString();
			String run = Long.toString(System.currentTimeMillis(), 36);
			System.out.printf(Locale.ROOT, "Mixed: %d readers over %d operations, %d writer(s), write ratio %.2f, %d s"
					+ " with writes to warm, %d s without writes then %d s with, then %d s without again%n", clients,
					ops.size(), writers, ratio, warm, seconds, seconds, after);
			// the warm-up's claims have ids of their own (the phases number their writes from 0)
			Phase warmed = warm > 0 ? phase(client, ops, w, writers, run + "w", source, warm) : null;
			if (warmed != null) {
				System.out.printf("%-44s %s%n", "warm-up: reads, with writes", warmed.reads.line());
				System.out.printf("%-44s %s%n", "warm-up: mutations", warmed.writes.line());
			}
			Phase alone = phase(client, ops, w, 0, run, source, seconds);
			System.out.printf("%-44s %s%n", "reads, no writes", alone.reads.line());
			Phase mixed = phase(client, ops, w, writers, run, source, seconds);
			System.out.printf("%-44s %s   p99 %.2fx the reads without writes%n", "reads, with writes",
					mixed.reads.line(), mixed.reads.p99() / alone.reads.p99());
			System.out.printf(Locale.ROOT, "%-44s %s   (%.1f%% of requests)%n", "mutations", mixed.writes.line(),
					100.0 * mixed.writes.count() / (mixed.writes.count() + mixed.reads.count()));
			// the writers write at the entities the readers ask about: reads after them, alone, tell the graph's growth
			// from the writes' interference
			Phase later = after > 0 ? phase(client, ops, w, 0, run, source, after) : null;
			if (later != null) {
				System.out.printf("%-44s %s   p99 %.2fx the reads before the writes%n", "reads, no writes, after them",
						later.reads.line(), later.reads.p99() / alone.reads.p99());
			}
			if (appPid > 0) {
				if (warmed != null) {
					System.out.println("application CPU, warm-up:      " + warmed.cpu());
				}
				System.out.println("application CPU, reads alone:  " + alone.cpu());
				System.out.println("application CPU, with writes:  " + mixed.cpu());
				if (later != null) {
					System.out.println("application CPU, reads after:  " + later.cpu());
				}
			}
			int lost = 0;
			String firstLost = null;
			Map<String, Double> acknowledged = new LinkedHashMap<>(mixed.acknowledged);
			if (warmed != null) {
				acknowledged.putAll(warmed.acknowledged);
			}
			for (Map.Entry<String, Double> written : acknowledged.entrySet()) {
				String[] body = { null };
				String error = post(client, http, "{ relation(id: \"%s\") { amountUsd } }".formatted(written.getKey()),
						null, body);
				java.util.regex.Matcher amount = java.util.regex.Pattern.compile("\"amountUsd\":([-0-9.eE+]+)")
					.matcher(body[0] == null ? "" : body[0]);
				if (error != null || !amount.find() || Double.parseDouble(amount.group(1)) != written.getValue()) {
					lost++;
					firstLost = firstLost != null ? firstLost : written.getKey() + ": " + (error != null ? error : body[0]);
				}
			}
			System.out.printf("acknowledged writes: %d, lost: %d%s%n", acknowledged.size(), lost,
					firstLost == null ? "" : " (first: " + firstLost + ")");
			int warmErrors = warmed == null ? 0 : warmed.reads.errors() + warmed.writes.errors();
			return warmErrors + alone.reads.errors() + mixed.reads.errors() + mixed.writes.errors() + lost;
		}

		/**
		 * What one phase measured, the writes acknowledged in it (claim id to its last amount) and, with
		 * {@code --app-pid}, the application's CPU over it ({@code null} without).
		 */
		record Phase(Stats reads, Stats writes, Map<String, Double> acknowledged, ThreadCpu.Used used) {

			/** The application's CPU per request of the phase (reads and writes), in all and by group of threads. */
			String cpu() {
				return this.used == null ? "not measured" : this.used.line(this.reads.count() + this.writes.count());
			}

		}

		static Phase phase(HttpClient client, List<Op> ops, Workload w, int writerCount, String run, String source,
				int phaseSeconds) throws Exception {
			long end = System.nanoTime() + phaseSeconds * 1_000_000_000L;
			List<Double> reads = java.util.Collections.synchronizedList(new ArrayList<>());
			List<Double> writes = java.util.Collections.synchronizedList(new ArrayList<>());
			AtomicInteger readErrors = new AtomicInteger();
			AtomicInteger writeErrors = new AtomicInteger();
			String[] firstError = { null, null };
			AtomicInteger next = new AtomicInteger();
			AtomicInteger written = new AtomicInteger();
			Map<String, Double> acknowledged = new java.util.concurrent.ConcurrentHashMap<>();
			ExecutorService pool = Executors.newFixedThreadPool(clients + writerCount);
			Map<String, Long> cpuBefore = appPid > 0 ? ThreadCpu.read() : null;
			long started = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				done.add(pool.submit(() -> {
					while (System.nanoTime() < end) {
						int i = next.getAndIncrement();
						long t = System.nanoTime();
						String error = post(client, http, ops.get(i % ops.size()).graphql().apply(i));
						reads.add((System.nanoTime() - t) / 1e6);
						if (error != null) {
							readErrors.incrementAndGet();
							firstError[0] = firstError[0] != null ? firstError[0] : error;
						}
					}
					return null;
				}));
			}
			for (int c = 0; c < writerCount; c++) {
				done.add(pool.submit(() -> {
					while (System.nanoTime() < end) {
						if (written.get() + 1 > ratio / (1 - ratio) * Math.max(1, reads.size())) {
							Thread.sleep(1);
							continue;
						}
						int n = written.getAndIncrement();
						String claim;
						double amount = 1_000_000.0 + n;
						String mutation;
						String previous = "claim:bench-" + run + "-" + (n - 1);
						if (n % 3 == 2 && acknowledged.containsKey(previous)) {
							claim = previous;
							mutation = "upsertClaim(input: {id: \"%s\", amountUsd: %s, comment: \"bench correction\"})"
								.formatted(claim, amount);
						}
						else {
							claim = "claim:bench-" + run + "-" + n;
							mutation = ("upsertClaim(input: {id: \"%s\", kind: SUPPLIES, from: \"%s\", to: \"%s\","
									+ " status: REPORTED, sources: [\"%s\"], amountUsd: %s, comment: \"bench\"})")
								.formatted(claim, from(w, n), w.hubs.get(n % w.hubs.size()), source, amount);
						}
						String[] body = { null };
						long t = System.nanoTime();
						String error = post(client, http, "mutation { " + mutation
								+ " { change { id } userErrors { message } } }", token, body);
						writes.add((System.nanoTime() - t) / 1e6);
						if (error == null && (body[0] == null || !body[0].contains("\"userErrors\":[]")
								|| !body[0].contains("\"change\":{\"id\":\"change:"))) {
							error = body[0];
						}
						if (error != null) {
							writeErrors.incrementAndGet();
							firstError[1] = firstError[1] != null ? firstError[1] : error;
						}
						else {
							// a correction follows its claim's acknowledged creation, with a larger amount
							acknowledged.merge(claim, amount, Math::max);
						}
					}
					return null;
				}));
			}
			for (Future<?> f : done) {
				f.get();
			}
			double elapsed = (System.nanoTime() - started) / 1e9;
			ThreadCpu.Used used = cpuBefore == null ? null : ThreadCpu.used(cpuBefore, ThreadCpu.read(), elapsed);
			pool.shutdown();
			return new Phase(stats(reads, readErrors.get(), elapsed, firstError[0]),
					stats(writes, writeErrors.get(), elapsed, firstError[1]), acknowledged, used);
		}

		/** A sampled entity that is not the hub the claim goes to (no claim from an entity to itself). */
		static String from(Workload w, int n) {
			String hub = w.hubs.get(n % w.hubs.size());
			return w.entity(n).equals(hub) ? w.entity(n + 1) : w.entity(n);
		}

		static Stats stats(List<Double> latencies, int errors, double seconds, String firstError) {
			double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			if (sorted.length == 0) {
				return new Stats(0, errors, Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN, firstError);
			}
			return new Stats(sorted.length, errors, percentile(sorted, 50), percentile(sorted, 95),
					percentile(sorted, 99), sorted.length / seconds, Double.NaN, Double.NaN,
					firstError == null || firstError.length() <= 300 ? firstError : firstError.substring(0, 300));
		}

	}

	/**
	 * The CPU of the application's threads ({@code /proc/PID/task}), summed by group: a thread's name less a trailing
	 * number (its pool's name, as the kernel keeps it, at most 15 characters). Threads that ended within a phase are
	 * not counted; so the groups may sum to a little less than the process's CPU.
	 */
	static final class ThreadCpu {

		private ThreadCpu() {
		}

		/** Each live thread's CPU so far, in clock ticks, by "tid name". */
		static Map<String, Long> read() {
			Map<String, Long> ticks = new LinkedHashMap<>();
			java.io.File[] tasks = new java.io.File("/proc/" + appPid + "/task").listFiles();
			for (java.io.File task : tasks == null ? new java.io.File[0] : tasks) {
				try {
					String stat = java.nio.file.Files.readString(task.toPath().resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					ticks.put(task.getName() + " " + name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
				}
				catch (Exception ended) {
					// the thread ended between the listing and the read
				}
			}
			return ticks;
		}

		/** The CPU used between two readings, over {@code seconds}. */
		static Used used(Map<String, Long> before, Map<String, Long> after, double seconds) {
			Map<String, Long> groups = new LinkedHashMap<>();
			after.forEach((thread, ticks) -> {
				String group = thread.substring(thread.indexOf(' ') + 1).replaceAll("[-#]?[0-9]+$", "");
				groups.merge(group, ticks - before.getOrDefault(thread, 0L), Long::sum);
			});
			return new Used(groups, seconds);
		}

		/** CPU ticks by group of threads over a phase of {@code seconds}. */
		record Used(Map<String, Long> groups, double seconds) {

			/** The ticks of the JIT compiler's threads (HotSpot's "C1 CompilerThre…" and "C2 CompilerThre…"). */
			long jit() {
				return this.groups.entrySet()
					.stream()
					.filter(g -> g.getKey().matches("C[12] CompilerThre.*"))
					.mapToLong(Map.Entry::getValue)
					.sum();
			}

			/** Per request: in all, the cores used, then the groups of at least 1% of it, largest first. */
			String line(int requests) {
				long total = this.groups.values().stream().mapToLong(Long::longValue).sum();
				double ms = 1000.0 / clockTicks / Math.max(1, requests);
				StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%.2f ms per request, %.2f cores;",
						total * ms, total / (double) clockTicks / this.seconds));
				this.groups.entrySet()
					.stream()
					.filter(g -> g.getValue() * 100 >= total && g.getValue() > 0)
					.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
					.forEach(g -> line.append(String.format(Locale.ROOT, " %s %.2f", g.getKey(), g.getValue() * ms)));
				return line.toString();
			}

		}

	}

}
