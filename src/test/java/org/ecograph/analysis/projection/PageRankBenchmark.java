package org.ecograph.analysis.projection;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.ecograph.analysis.ranking.PageRank;
import org.ecograph.analysis.ranking.RankingWeight;
import org.ecograph.model.ClaimFilter;

/**
 * Times PageRank over a generated graph (outside {@code mvn verify}): the projection is read from the generator's CSV
 * files once, then every weighting is computed {@code runs} times and the median printed, with the scores' checksum
 * so that two builds can be compared for equal answers, and the time of their order ({@link PageRank#order}: a
 * ranking's computation is both) with its first five nodes. Usage: {@code java -Xmx10g -cp
 * target/classes:target/test-classes:$(cat cp) org.ecograph.analysis.projection.PageRankBenchmark /tmp/gen1m 5}.
 */
public final class PageRankBenchmark {

	private PageRankBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		ClaimProjection g = ProjectionBenchmark.load(dir);
		ProjectionFilter all = ProjectionFilter.of(ClaimFilter.NONE);
		System.out.printf(Locale.ROOT, "%d entities, %d claims, %d processors%n", g.entityCount(), g.claimCount(),
				Runtime.getRuntime().availableProcessors());
		for (RankingWeight weight : RankingWeight.values()) {
			long[] nanos = new long[runs];
			long[] ordering = new long[runs];
			double checksum = 0;
			String top = "";
			for (int r = 0; r < runs; r++) {
				long started = System.nanoTime();
				double[] scores = PageRank.scores(g, all, weight);
				nanos[r] = System.nanoTime() - started;
				long sorted = System.nanoTime();
				int[] order = PageRank.order(scores);
				ordering[r] = System.nanoTime() - sorted;
				checksum = 0;
				for (int i = 0; i < scores.length; i++) {
					checksum += scores[i] * (i % 97 + 1);
				}
				top = Arrays.toString(Arrays.copyOf(order, 5));
			}
			Arrays.sort(nanos);
			Arrays.sort(ordering);
			System.out.printf(Locale.ROOT,
					"PageRank %-8s median %.2f s (min %.2f, max %.2f), their order %.2f s, checksum %.15f, first %s%n",
					weight, nanos[runs / 2] / 1e9, nanos[0] / 1e9, nanos[runs - 1] / 1e9, ordering[runs / 2] / 1e9,
					checksum, top);
		}
	}

}
