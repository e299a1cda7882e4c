package org.ecograph.analysis;

import org.ecograph.model.Claim;

/**
 * One step of a path.
 *
 * @param relation the claim walked
 * @param forward whether the step walks the claim from its source to its target
 * @param explanation the claim in English with its figures
 */
public record PathStep(Claim relation, boolean forward, String explanation) {
}
