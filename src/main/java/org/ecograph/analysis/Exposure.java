package org.ecograph.analysis;

import java.util.List;

import org.ecograph.model.Entity;

/**
 * How much one entity depends on another ({@link org.ecograph.analysis.exposure.ExposureEngine}).
 *
 * @param counterpart the other entity
 * @param directShare the known share of direct links, {@code null} when none is known
 * @param indirectShare the known share through chains, {@code null} when none is known
 * @param totalShare direct plus indirect, {@code null} when nothing is known
 * @param shareKnown whether every link on every route has a known share
 * @param amountUsd the sum of the amounts of the direct links, {@code null} when none has one
 * @param paths the strongest routes from the entity to the counterpart, by share then strength
 * @param pathCount how many simple paths lead to the counterpart (all of them count in the shares)
 * @param pathsComplete whether {@code paths} are the best of all {@code pathCount} paths (false: the listing's
 * budget stopped before every path was seen; the shares are exact either way)
 */
public record Exposure(Entity counterpart, Double directShare, Double indirectShare, Double totalShare,
		boolean shareKnown, Double amountUsd, List<InfluencePath> paths, long pathCount, boolean pathsComplete) {

	public Exposure {
		paths = List.copyOf(paths);
	}

}
