package org.ecograph.analysis.projection;

/**
 * The step weight of every claim of a {@link ClaimProjection} under one filter ({@link StepWeights}), by claim index,
 * computed once and shared: a claim that does not pass the filter, or joins an entity to itself, is not walkable.
 * Read-only; its reads are small methods the JIT inlines to the array read they replace. A scenario's weights
 * ({@link OverlaidProjection}) override them for the few claims it touches.
 */
public class ClaimWeights {

	/** Negative for a claim that is not walkable. */
	private final double[] weights;

	ClaimWeights(double[] weights) {
		this.weights = weights;
	}

	/** The claim's step weight, in 0..1; negative when it is not walkable. */
	public double weight(int claim) {
		return this.weights[claim];
	}

	/** Whether the claim passes the filter and joins two different entities. */
	public boolean walkable(int claim) {
		return this.weights[claim] >= 0;
	}

}
