package org.ecograph.analysis.projection;

/**
 * The step weight of every claim of a {@link ClaimProjection} under one filter ({@link StepWeights}), by claim index,
 * computed once and shared: a claim that does not pass the filter, or joins an entity to itself, is not walkable.
 * Read-only; its reads are small methods the JIT inlines to the column read they replace. Held in chunks
 * ({@link Column}), so that the next snapshot of a stream of writes takes them over with the weights of the claims it
 * changed or added ({@link #with}) instead of a pass over every claim. A scenario's weights
 * ({@link OverlaidProjection}) override them for the few claims it touches.
 */
public class ClaimWeights {

	/** Negative for a claim that is not walkable. */
	private final Column weights;

	ClaimWeights(Column weights) {
		this.weights = weights;
	}

	/** The claim's step weight, in 0..1; negative when it is not walkable. */
	public double weight(int claim) {
		return this.weights.getDouble(claim);
	}

	/** Whether the claim passes the filter and joins two different entities. */
	public boolean walkable(int claim) {
		return weight(claim) >= 0;
	}

	/**
	 * These weights, of {@code count} claims, for a snapshot of {@code nextCount} that keeps their indexes: claim
	 * {@code changed[i]} weighs {@code values[i]} (a changed claim below {@code count}, or a new one from it on),
	 * every other one as here. Shares every chunk but those the changes fall in.
	 */
	ClaimWeights with(int count, int nextCount, int[] changed, double[] values) {
		Column next = nextCount > count ? this.weights.grown(nextCount, count) : this.weights;
		int below = 0;
		for (int i = 0; i < changed.length; i++) {
			if (changed[i] >= count) {
				next.set(changed[i], values[i]); // a new claim: in a chunk the grown column holds alone
			}
			else {
				below++;
			}
		}
		if (below > 0) {
			int[] at = new int[below];
			int[] from = new int[below];
			Column changedValues = Column.of(double.class, below);
			for (int i = 0, j = 0; i < changed.length; i++) {
				if (changed[i] < count) {
					at[j] = changed[i];
					from[j] = j;
					changedValues.set(j++, values[i]);
				}
			}
			next = next.withValues(at, changedValues, from);
		}
		return new ClaimWeights(next);
	}

}
