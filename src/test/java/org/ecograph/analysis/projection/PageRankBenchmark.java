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
 * so that two builds can be compared for equal answers. Usage: {@code java -Xmx10g -cp
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
			double checksum = 0;
			for (int r = 0; r < runs; r++) {
				long started = System.nanoTime();
				double[] scores = PageRank.scores(g, all, weight);
				nanos[r] = System.nanoTime() - started;
				checksum = 0;
				for (int i = 0; i < scores.length; i++) {
					checksum += scores[i] * (i % 97 + 1);
				}
			}
			Arrays.sort(nanos);
			System.out.printf(Locale.ROOT, "PageRank %-8s median %.2f s (min %.2f, max %.2f) checksum %.15f%n", weight,
					nanos[runs / 2] / 1e9, nanos[0] / 1e9, nanos[runs - 1] / 1e9, checksum);
		}
	}

}
