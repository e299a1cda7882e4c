package org.ecograph.analysis.exposure;

import org.ecograph.analysis.projection.ClaimProjection;
import org.ecograph.analysis.projection.NodeMarks;

/**
 * Exposure sums over simple paths of four steps or more, by depth-first enumeration with a budget of steps; when
 * the budget is reached the sums cover the paths enumerated and the result says it is incomplete.
 */
final class ChainEnumeration {

	private final ExposureEngine engine;

	private final ClaimProjection g;

	private ExposureEngine.Tallies tallies;

	private NodeMarks onPath;

	private long expansions;

	ChainEnumeration(ExposureEngine engine) {
		this.engine = engine;
		this.g = engine.graph();
	}

	/** The tallies of every counterpart, slotted in {@code slots} (the caller's to release). */
	ExposureEngine.Tallies tallies(NodeMarks slots) {
		this.onPath = NodeMarks.borrow(this.g);
		try {
			this.tallies = new ExposureEngine.Tallies(slots);
			int s = this.engine.query().entity();
			this.onPath.put(s, 1);
			walk(s, 0, 1.0, true);
			return this.tallies;
		}
		finally {
			this.onPath.release(this.g);
		}
	}

	/** {@code share} is the product so far; {@code known} whether every share on the way is known. */
	private void walk(int v, int hops, double share, boolean known) {
		if (hops == this.engine.query().maxHops() || !this.tallies.complete) {
			return;
		}
		for (int pass = 0; pass < 2; pass++) {
			ClaimProjection.Incidence at = pass == 0 ? this.g.outgoing() : this.g.incoming();
			for (int j = at.start(v), last = at.end(v); j < last; j++) {
				int c = at.claim(j);
				int u = at.far(c);
				if (!this.engine.walkable(c) || this.onPath.get(u) == 1) {
					continue;
				}
				if (++this.expansions > this.engine.query().maxExpansions()) {
					this.tallies.complete = false;
					return;
				}
				double step = this.engine.stepShare(c, v);
				boolean nextKnown = known && !Double.isNaN(step);
				double nextShare = nextKnown ? share * step : 0;
				tally(c, u, hops + 1, nextShare, nextKnown);
				this.onPath.put(u, 1);
				walk(u, hops + 1, nextShare, nextKnown);
				this.onPath.put(u, 0);
			}
		}
	}

	private void tally(int c, int u, int hops, double share, boolean known) {
		int i = this.tallies.slot(u);
		this.tallies.hops[i] = Math.min(this.tallies.hops[i], hops);
		this.tallies.paths[i]++;
		if (known) {
			this.tallies.knownPaths[i]++;
		}
		if (hops == 1) {
			this.tallies.direct[i] += known ? share : 0;
			this.tallies.knownDirect[i] += known ? 1 : 0;
			double amount = this.g.amountUsd(c);
			if (!Double.isNaN(amount)) {
				this.tallies.amount[i] = Double.isNaN(this.tallies.amount[i]) ? amount : this.tallies.amount[i] + amount;
			}
		}
		else {
			this.tallies.indirect[i] += known ? share : 0;
			this.tallies.knownIndirect[i] += known ? 1 : 0;
		}
	}

}
