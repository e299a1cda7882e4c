import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic ecosystem for the benchmarks: {@code entities} entities of the six kinds in a plausible
 * mix and five claims per entity, with Zipf-distributed hubs (exponent 0.8: at 100k entities the biggest hub has
 * about 5,000 claims), shares and amounts on most funding and supply claims, dates, statuses and confidences.
 * Writes versioned Cypher scripts with their CSV files, loadable by {@code ecograph load}: one script for the
 * entities, then one script per 250,000 claims (each script is one transaction, held in the heap until it commits).
 *
 * <pre>java bench/Generate.java ENTITIES OUT_DIR [SEED]</pre>
 *
 * The same arguments always give the same files.
 */
public final class Generate {

	static final String[] KINDS = { "Company", "Program", "Agency", "Dataset", "State", "Technology" };

	/** Share of each kind among the entities, per mille (states are capped at 60 below). */
	static final int[] MIX = { 600, 140, 80, 70, 10, 100 };

	static final String[] SYLLABLES = { "nor", "vex", "ta", "lu", "mi", "ra", "qu", "zen", "ko", "dra", "sol", "an",
			"tek", "vi", "or", "ly", "cor", "ex", "al", "syn" };

	static final String[] SUFFIXES = { "Systems", "Energy", "Labs", "Capital", "Networks", "Compute", "Grid",
			"Dynamics", "Materials", "Foundry" };

	static final String[] STATUSES = { "REPORTED", "REPORTED", "REPORTED", "REPORTED", "REPORTED", "REPORTED",
			"COMMITTED", "COMMITTED", "PLANNED", "PLANNED", "FORECAST", "PROPOSED" };

	/** Relation kind, source kind, target kind, weight. */
	static final Object[][] RELATIONS = { { "FUNDS", 0, 1, 12 }, { "FUNDS", 2, 1, 5 }, { "FUNDS", 0, 0, 6 },
			{ "SUPPLIES", 0, 0, 20 }, { "SUPPLIES", 0, 1, 10 }, { "PARTNERS_WITH", 0, 0, 10 },
			{ "ACCESSES_DATA", 0, 3, 6 }, { "PUBLISHES", 2, 3, 3 }, { "ADMINISTERS", 2, 1, 4 },
			{ "LOCATED_IN", 0, 4, 8 }, { "LOCATED_IN", 1, 4, 3 }, { "DEVELOPS", 0, 5, 6 }, { "FOCUSES_ON", 1, 5, 3 },
			{ "OWNS", 0, 0, 3 }, { "LEADS", 0, 1, 1 } };

	static final int CLAIMS_PER_SCRIPT = 250_000;

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("Usage: java bench/Generate.java ENTITIES OUT_DIR [SEED]");
			System.exit(2);
		}
		int entities = Integer.parseInt(args[0].replace("_", ""));
		Path out = Path.of(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
		Files.createDirectories(out);
		long started = System.nanoTime();
		int[][] pools = writeEntities(entities, out, new SplittableRandom(seed));
		long claims = 5L * entities;
		writeClaims(claims, pools, out, new SplittableRandom(seed + 1));
		System.out.printf(Locale.ROOT, "Generated %d entities and %d claims in %s in %.1f s%n", entities, claims, out,
				(System.nanoTime() - started) / 1e9);
	}

	/** Writes V1000 (entities); returns, per kind, the entity numbers in hub order. */
	static int[][] writeEntities(int entities, Path out, SplittableRandom random) throws IOException {
		int[] counts = new int[KINDS.length];
		int assigned = 0;
		for (int k = 0; k < KINDS.length; k++) {
			counts[k] = (int) ((long) entities * MIX[k] / 1000);
			if (k == 4) {
				counts[k] = Math.max(1, Math.min(60, counts[k]));
			}
			assigned += counts[k];
		}
		counts[0] += entities - assigned;
		int[][] pools = new int[KINDS.length][];
		try (BufferedWriter w = Files.newBufferedWriter(out.resolve("entities.csv"), StandardCharsets.UTF_8)) {
			w.write("id,kind,name,aliases\n");
			int number = 0;
			for (int k = 0; k < KINDS.length; k++) {
				pools[k] = new int[counts[k]];
				for (int i = 0; i < counts[k]; i++) {
					pools[k][i] = number;
					String name = name(random, k, number);
					w.write(id(k, number) + "," + KINDS[k] + "," + name + "," + name.toUpperCase(Locale.ROOT).charAt(0)
							+ number + "\n");
					number++;
				}
				shuffle(pools[k], random);
			}
		}
		Files.writeString(out.resolve("V1000__synthetic_entities.cypher"), """
				// Synthetic ecosystem: entities (bench/Generate.java). CSV files are read from the import directory.
				MERGE (s:Source {id: 'source:synthetic'}) SET s.title = 'Synthetic ecosystem for benchmarks';
				LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row
				CREATE (n:Entity {id: row.id}) SET n:$(row.kind), n.name = row.name, n.aliases = [row.aliases];
				""", StandardCharsets.UTF_8);
		return pools;
	}

	static void writeClaims(long claims, int[][] pools, Path out, SplittableRandom random) throws IOException {
		int totalWeight = 0;
		for (Object[] r : RELATIONS) {
			totalWeight += (int) r[3];
		}
		double[][] zipf = new double[pools.length][];
		for (int k = 0; k < pools.length; k++) {
			zipf[k] = cumulativeZipf(pools[k].length, 0.8);
		}
		int scripts = (int) ((claims + CLAIMS_PER_SCRIPT - 1) / CLAIMS_PER_SCRIPT);
		long written = 0;
		for (int s = 0; s < scripts; s++) {
			String csv = "claims-" + s + ".csv";
			try (BufferedWriter w = Files.newBufferedWriter(out.resolve(csv), StandardCharsets.UTF_8)) {
				w.write("id,kind,from,to,status,confidence,amountUsd,shareOfSource,shareOfTarget,validFrom,validTo\n");
				for (int i = 0; i < CLAIMS_PER_SCRIPT && written < claims; i++, written++) {
					w.write(claim(written, random, pools, zipf, totalWeight));
				}
			}
			Files.writeString(out.resolve("V%d__synthetic_claims_%d.cypher".formatted(1001 + s, s)), """
					// Synthetic ecosystem: claims, part %d (bench/Generate.java).
					LOAD CSV WITH HEADERS FROM 'file:///%s' AS row
					MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
					CREATE (a)-[r:$(row.kind) {id: row.id}]->(b)
					SET r.status = row.status, r.sources = ['source:synthetic'],
					    r.confidence = toFloat(row.confidence), r.amountUsd = toFloat(row.amountUsd),
					    r.shareOfSource = toFloat(row.shareOfSource), r.shareOfTarget = toFloat(row.shareOfTarget),
					    r.validFrom = date(row.validFrom), r.validTo = date(row.validTo);
					""".formatted(s, csv), StandardCharsets.UTF_8);
		}
	}

	static String claim(long n, SplittableRandom random, int[][] pools, double[][] zipf, int totalWeight) {
		int pick = random.nextInt(totalWeight);
		Object[] relation = RELATIONS[0];
		for (Object[] r : RELATIONS) {
			pick -= (int) r[3];
			if (pick < 0) {
				relation = r;
				break;
			}
		}
		String kind = (String) relation[0];
		int sourceKind = (int) relation[1];
		int targetKind = (int) relation[2];
		// One end from the hub distribution, the other uniform: hubs have many partners, not many self-loops.
		boolean hubAtSource = random.nextBoolean();
		int from = hubAtSource ? zipfPick(pools[sourceKind], zipf[sourceKind], random) : uniform(pools[sourceKind], random);
		int to = hubAtSource ? uniform(pools[targetKind], random) : zipfPick(pools[targetKind], zipf[targetKind], random);
		if (from == to) {
			to = pools[targetKind][(indexOf(pools[targetKind], to) + 1) % pools[targetKind].length];
		}
		boolean money = kind.equals("FUNDS") || kind.equals("SUPPLIES");
		String amount = money && random.nextInt(10) < 8 ? String.valueOf(Math.round(Math.pow(10, 6 + random.nextDouble() * 5))) : "";
		String shareOfSource = kind.equals("SUPPLIES") && random.nextInt(10) < 7 ? share(random) : "";
		String shareOfTarget = (kind.equals("FUNDS") && random.nextInt(10) < 7)
				|| (kind.equals("OWNS") && random.nextInt(10) < 9) ? share(random) : "";
		String confidence = random.nextInt(10) < 9 ? String.format(Locale.ROOT, "%.2f", 0.3 + random.nextDouble() * 0.7) : "";
		String validFrom = random.nextInt(10) < 6 ? LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4380)).toString() : "";
		String validTo = !validFrom.isEmpty() && random.nextInt(10) == 0
				? LocalDate.parse(validFrom).plusDays(30 + random.nextInt(2000)).toString() : "";
		return "claim:g" + n + "," + kind + "," + id(sourceKind, from) + "," + id(targetKind, to) + ","
				+ STATUSES[random.nextInt(STATUSES.length)] + "," + confidence + "," + amount + "," + shareOfSource + ","
				+ shareOfTarget + "," + validFrom + "," + validTo + "\n";
	}

	static String share(SplittableRandom random) {
		return String.format(Locale.ROOT, "%.3f", 0.001 + random.nextDouble() * 0.5);
	}

	static String id(int kind, int number) {
		return KINDS[kind].toLowerCase(Locale.ROOT) + ":e" + number;
	}

	static String name(SplittableRandom random, int kind, int number) {
		StringBuilder name = new StringBuilder();
		int syllables = 2 + random.nextInt(2);
		for (int i = 0; i < syllables; i++) {
			name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
		}
		name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
		String suffix = kind == 0 ? " " + SUFFIXES[random.nextInt(SUFFIXES.length)] : " " + KINDS[kind];
		return name + suffix + " " + number;
	}

	static double[] cumulativeZipf(int n, double exponent) {
		double[] cumulative = new double[n];
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += 1 / Math.pow(i + 1, exponent);
			cumulative[i] = sum;
		}
		for (int i = 0; i < n; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	static int zipfPick(int[] pool, double[] cumulative, SplittableRandom random) {
		int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
		return pool[Math.min(pool.length - 1, i < 0 ? -i - 1 : i)];
	}

	static int uniform(int[] pool, SplittableRandom random) {
		return pool[random.nextInt(pool.length)];
	}

	static int indexOf(int[] pool, int value) {
		for (int i = 0; i < pool.length; i++) {
			if (pool[i] == value) {
				return i;
			}
		}
		return 0;
	}

	static void shuffle(int[] a, SplittableRandom random) {
		for (int i = a.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int t = a[i];
			a[i] = a[j];
			a[j] = t;
		}
	}

}
