package org.ecograph.analysis.projection;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.ecograph.analysis.exposure.ExposureDirection;
import org.ecograph.analysis.exposure.ExposureEngine;
import org.ecograph.analysis.paths.PathFinder;
import org.ecograph.analysis.paths.PathRanking;
import org.ecograph.analysis.ranking.PageRank;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

/**
 * The analysis engine alone at the scale of the issue (1M entities, 5M claims): builds the projection from the CSV
 * files of {@code bench/Generate.java} (no database, so the figures isolate the algorithms), reports its heap, then
 * times influence paths (HOPS and STRENGTH, hub pairs included), exposure and PageRank with 4 threads. Outside
 * {@code mvn verify}; the command is in docs/benchmarks.md.
 */
public final class ProjectionBenchmark {

	private ProjectionBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int requests = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		int threads = args.length > 2 ? Integer.parseInt(args[2]) : 4;
		System.gc();
		long heapBefore = usedHeap();
		long started = System.nanoTime();
		ClaimProjection g = load(dir);
		double buildSeconds = (System.nanoTime() - started) / 1e9;
		System.gc();
		long heap = usedHeap() - heapBefore;
		System.out.printf(Locale.ROOT, "projection: %d entities, %d claims, built from CSV in %.1f s, heap %d MB (%.0f bytes per claim)%n",
				g.entityCount(), g.claimCount(), buildSeconds, heap >> 20, (double) heap / g.claimCount());
		System.out.printf(Locale.ROOT, "of which names and aliases: %d MB (%.1f bytes per claim)%n",
				g.names().sizeInBytes() >> 20, (double) g.names().sizeInBytes() / g.claimCount());

		int[] hubs = hubs(g, 10);
		System.out.printf("largest hub: %d claims%n", degree(g, hubs[0]));
		SplittableRandom random = new SplittableRandom(7);
		int[][] pairs = new int[40][];
		for (int i = 0; i < pairs.length; i++) {
			int a = i % 8 == 0 ? hubs[random.nextInt(hubs.length)] : random.nextInt(g.entityCount());
			int b = i % 4 == 0 ? hubs[random.nextInt(hubs.length)] : random.nextInt(g.entityCount());
			pairs[i] = new int[] { a, b == a ? (b + 1) % g.entityCount() : b };
		}
		int[] entities = random.ints(200, 0, g.entityCount()).toArray();
		ProjectionFilter all = ProjectionFilter.of(ClaimFilter.NONE);
		StepWeights weights = new StepWeights(g.largestAmount(all));
		ProjectionFilter dependency = ProjectionFilter.of(ClaimFilter.NONE.withKinds(RelationKind.exposureDefaults()));

		long[] incomplete = new long[1];
		if (Boolean.getBoolean("ecograph.profileExposure")) {
			for (int i = 0; i < 14; i++) {
				int e = i < 10 ? entities[i] : hubs[i - 10];
				long t = System.nanoTime();
				ExposureEngine.compute(g, dependency, new ExposureEngine.Query(e,
						i < 10 ? ExposureDirection.DOWNSTREAM : ExposureDirection.UPSTREAM, 3, 50, 3, 2_000_000));
				System.err.printf("exposure %s(%d): %.1f ms%n", g.entityId(e), degree(g, e), (System.nanoTime() - t) / 1e6);
			}
			return;
		}
		if (Boolean.getBoolean("ecograph.profile")) {
			for (int[] p : java.util.Arrays.copyOf(pairs, Integer.getInteger("bench.pairs", 12))) {
				long t = System.nanoTime();
				PathFinder.Result r = PathFinder.find(g, all, new PathFinder.Query(p[0], p[1], 4, 5, PathRanking.valueOf(System.getProperty("bench.ranking", "HOPS")), false, 2_000_000));
				System.err.printf("pair %s(%d) -> %s(%d): %.1f ms, %d paths, complete %s%n", g.entityId(p[0]), degree(g, p[0]),
						g.entityId(p[1]), degree(g, p[1]), (System.nanoTime() - t) / 1e6, r.routes().size(), r.complete());
			}
			return;
		}
		String only = System.getProperty("bench.only", "paths,exposure,ranking");
		if (only.contains("paths")) {
		time("influencePaths HOPS k=5 maxHops=4", requests, threads, i -> {
			int[] p = pairs[i % pairs.length];
			if (!PathFinder.find(g, all, new PathFinder.Query(p[0], p[1], 4, 5, PathRanking.HOPS, false,
					2_000_000)).complete()) {
				incomplete[0]++;
			}
		});
		time("influencePaths STRENGTH k=5 maxHops=4", requests, threads, i -> {
			int[] p = pairs[i % pairs.length];
			if (!PathFinder.find(g, all, new PathFinder.Query(p[0], p[1], 4, 5, PathRanking.STRENGTH, false,
					2_000_000)).complete()) {
				incomplete[0]++;
			}
		});
		}
		if (only.contains("exposure")) {
		time("exposure DOWNSTREAM 3 hops first 50", requests, threads, i -> ExposureEngine.compute(g, dependency,
				new ExposureEngine.Query(entities[i % entities.length], ExposureDirection.DOWNSTREAM,
						3, 50, 3, 2_000_000)));
		time("exposure of a hub, UPSTREAM 3 hops", Math.min(requests, 20), threads, i -> ExposureEngine.compute(g,
				dependency, new ExposureEngine.Query(hubs[i % hubs.length],
						ExposureDirection.UPSTREAM, 3, 50, 3, 2_000_000)));
		}
		if (!only.contains("ranking")) {
			System.out.println("path searches that reached the budget: " + incomplete[0]);
			return;
		}
		long rankStarted = System.nanoTime();
		PageRank.scores(g, all, RankingWeight.AMOUNT);
		System.out.printf(Locale.ROOT, "%-40s %.1f s (once per graph version, off the request path)%n", "PageRank computation",
				(System.nanoTime() - rankStarted) / 1e9);
		System.out.println("path searches that reached the budget: " + incomplete[0]);
	}

	static void time(String name, int requests, int threads, IntConsumer work) throws Exception {
		for (int i = 0; i < Math.min(20, requests); i++) {
			work.accept(requests + i);
		}
		double[] latencies = new double[requests];
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		long started = System.nanoTime();
		List<Future<?>> futures = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			futures.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
					long s = System.nanoTime();
					work.accept(i);
					latencies[i] = (System.nanoTime() - s) / 1e6;
				}
				return null;
			}));
		}
		for (Future<?> f : futures) {
			f.get();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		pool.shutdown();
		Arrays.sort(latencies);
		System.out.printf(Locale.ROOT, "%-40s p50 %7.2f  p95 %7.2f  p99 %7.2f ms  %7.1f per s%n", name, pct(latencies, 50),
				pct(latencies, 95), pct(latencies, 99), requests / seconds);
	}

	static double pct(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	static long usedHeap() {
		Runtime r = Runtime.getRuntime();
		return r.totalMemory() - r.freeMemory();
	}

	static int degree(ClaimProjection g, int v) {
		return g.degree(v);
	}

	static int[] hubs(ClaimProjection g, int count) {
		Integer[] nodes = new Integer[g.entityCount()];
		for (int i = 0; i < nodes.length; i++) {
			nodes[i] = i;
		}
		Arrays.sort(nodes, (a, b) -> Integer.compare(degree(g, b), degree(g, a)));
		return Arrays.stream(nodes).limit(count).mapToInt(Integer::intValue).toArray();
	}

	/** The projection of the generator's CSV files, columns filled as {@link ProjectionLoader} fills them. */
	static ClaimProjection load(Path dir) throws IOException {
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader r = Files.newBufferedReader(dir.resolve("entities.csv"), StandardCharsets.UTF_8)) {
			r.readLine();
			for (String line = r.readLine(); line != null; line = r.readLine()) {
				rows.add(line.split(",", -1));
			}
		}
		rows.sort((a, b) -> a[0].compareTo(b[0]));
		String[] sorted = new String[rows.size()];
		// names and aliases as the generator's Cypher stores them (n.name = row.name, n.aliases = [row.aliases])
		NameColumn.Builder names = new NameColumn.Builder(rows.size());
		for (int i = 0; i < sorted.length; i++) {
			String[] row = rows.get(i);
			sorted[i] = row[0];
			names.add(row[2], List.of(row[3]));
		}
		rows.clear();
		byte[] kinds = new byte[sorted.length];
		ClaimColumns claims = new ClaimColumns(5 * sorted.length);
		try (var files = Files.list(dir)) {
			for (Path csv : files.filter(f -> f.getFileName().toString().startsWith("claims-")).sorted().toList()) {
				try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
					r.readLine();
					for (String line = r.readLine(); line != null; line = r.readLine()) {
						String[] f = line.split(",", -1);
						int c = claims.add(f[0], Arrays.binarySearch(sorted, f[2]), Arrays.binarySearch(sorted, f[3]),
								RelationKind.valueOf(f[1]));
						claims.status.set(c, (byte) ClaimStatus.valueOf(f[4]).ordinal());
						claims.confidence.set(c, number(f[5]));
						claims.amountUsd.set(c, number(f[6]));
						claims.shareOfSource.set(c, number(f[7]));
						claims.shareOfTarget.set(c, number(f[8]));
						claims.validFrom.set(c, day(f[9]));
						claims.validTo.set(c, day(f[10]));
						claims.recordedOn.set(c, ClaimProjection.NO_DATE);
					}
				}
			}
		}
		return new ClaimProjection(1, null, sorted, kinds, names.build(), claims.trimmed());
	}

	private static double number(String s) {
		return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
	}

	/** A date of the CSV as an epoch day, {@link ClaimProjection#NO_DATE} when empty. */
	private static int day(String s) {
		return s.isEmpty() ? ClaimProjection.NO_DATE : (int) LocalDate.parse(s).toEpochDay();
	}

}
