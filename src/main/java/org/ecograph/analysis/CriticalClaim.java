package org.ecograph.analysis;

import org.ecograph.model.Claim;

/**
 * A claim an exposure rests on.
 *
 * @param relation the claim
 * @param totalShareWithout the counterpart's total share with the claim removed; {@code null} when no chain of known
 * shares remains
 */
public record CriticalClaim(Claim relation, Double totalShareWithout) {
}
