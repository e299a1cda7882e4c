package org.ecograph.analysis.projection;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.ecograph.data.GraphVersions;
import org.ecograph.model.Claim;
import org.ecograph.model.ClaimStatus;

/**
 * Times the snapshot's update after one steward change ({@link ProjectionDelta#applyTo}, memory only: what the
 * projection's thread does once the touched rows are read) on the generator's graph, for each kind of delta: a claim's
 * amount corrected (values only), a claim created to a hub (claims added only), a claim moved to another entity (kept
 * claims copied in runs, incidence sorted again) and an entity created with a claim (the whole rebuild). Each delta
 * applies to the snapshot the previous one made, as in the application. Outside {@code mvn verify}:
 * <pre>
 * java bench/Generate.java 1000000 /tmp/gen1m
 * java -Xmx10g -cp target/classes:target/test-classes:$(cat target/cds/classpath.txt) \
 *   org.ecograph.analysis.projection.ProjectionDeltaBenchmark /tmp/gen1m 30
 * </pre>
 */
public final class ProjectionDeltaBenchmark {

	private ProjectionDeltaBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		ClaimProjection g = ProjectionBenchmark.load(Path.of(args[0]));
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
		System.out.printf("%d entities, %d claims%n", g.entityCount(), g.claimCount());
		int hub = ProjectionBenchmark.hubs(g, 1)[0];
		ClaimProjection[] current = { g };
		long[] version = { 1 };
		// the amount of claim i corrected
		time("a claim's amount corrected (values only)", rounds, current, version, (p, i) -> {
			int c = (i * 7919) % p.claimCount();
			ProjectionDelta d = delta(p, p.claimId(c), p.src(c), p.dst(c));
			d.claimNow(claim(p.claimId(c), p, p.src(c), p.dst(c), c, 1e6 + i));
			return d;
		});
		time("a claim created to a hub (claims added only)", rounds, current, version, (p, i) -> {
			int from = (i * 104729) % p.entityCount();
			String id = "claim:bench-new-" + i;
			ProjectionDelta d = delta(p, id, from, hub);
			d.claimNow(claim(id, p, from, hub, 0, 1e6 + i));
			return d;
		});
		time("a claim moved to another entity (runs, sorted again)", rounds, current, version, (p, i) -> {
			int c = (i * 15485863) % p.claimCount();
			int to = (p.dst(c) + 1) % p.entityCount();
			ProjectionDelta d = delta(p, p.claimId(c), p.src(c), to);
			d.claimNow(claim(p.claimId(c), p, p.src(c), to, c, 1e6 + i));
			return d;
		});
		time("an entity created with a claim (rebuilt)", rounds, current, version, (p, i) -> {
			String entity = "company:bench-new-" + i;
			String id = "claim:bench-entity-" + i;
			ProjectionDelta d = new ProjectionDelta();
			d.touched(entity);
			d.touched(id);
			d.touched(p.entityId(hub));
			d.entityNow(new ProjectionRepository.EntityRow(entity, null, "Bench " + i, List.of()));
			d.entityNow(row(p, hub));
			d.claimNow(new Claim(id, p.kind(0), entity, p.entityId(hub), 1e6, null, null, null, null,
					ClaimStatus.REPORTED, null, null, null, null, null, null, List.of(), Map.of()));
			return d;
		});
	}

	/** A delta touching the claim and its two ends (read as they are, names unchanged). */
	private static ProjectionDelta delta(ClaimProjection p, String claim, int from, int to) {
		ProjectionDelta d = new ProjectionDelta();
		d.touched(claim);
		d.touched(p.entityId(from));
		d.touched(p.entityId(to));
		d.entityNow(row(p, from));
		d.entityNow(row(p, to));
		return d;
	}

	private static ProjectionRepository.EntityRow row(ClaimProjection p, int v) {
		return new ProjectionRepository.EntityRow(p.entityId(v), p.entityKind(v), p.entityName(v),
				p.entityAliases(v));
	}

	/** Claim {@code id} between these nodes, of claim {@code like}'s kind, with this amount. */
	private static Claim claim(String id, ClaimProjection p, int from, int to, int like, double amount) {
		return new Claim(id, p.kind(like), p.entityId(from), p.entityId(to), amount, null, null, null, null,
				ClaimStatus.REPORTED, null, null, null, null, null, null, List.of(), Map.of());
	}

	private static void time(String name, int rounds, ClaimProjection[] current, long[] version,
			BiFunction<ClaimProjection, Integer, ProjectionDelta> change) {
		double[] ms = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			ProjectionDelta d = change.apply(current[0], i);
			long started = System.nanoTime();
			current[0] = d.applyTo(current[0], new GraphVersions.Stamped(++version[0], null), Map.of());
			ms[i] = (System.nanoTime() - started) / 1e6;
		}
		double[] warm = Arrays.copyOfRange(ms, rounds / 3, rounds);
		Arrays.sort(warm);
		System.out.printf("%-56s median %7.1f ms  min %7.1f ms  (%d rounds, the first third not counted)%n", name,
				warm[warm.length / 2], warm[0], rounds);
	}

}
