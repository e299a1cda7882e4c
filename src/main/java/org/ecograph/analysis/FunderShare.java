package org.ecograph.analysis;

import org.ecograph.model.Claim;
import org.ecograph.model.Entity;

/**
 * One funding claim.
 *
 * @param funder who funds
 * @param amountUsd how much, {@code null} when unknown
 * @param share the part of the target's funding, {@code null} when unknown
 * @param instrument how (equity, bonds, in-kind, ...), {@code null} when unknown
 * @param relation the claim
 */
public record FunderShare(Entity funder, Double amountUsd, Double share, String instrument, Claim relation) {
}
