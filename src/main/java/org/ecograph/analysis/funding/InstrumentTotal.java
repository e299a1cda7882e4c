package org.ecograph.analysis.funding;

/**
 * The funding of one instrument.
 *
 * @param instrument the instrument, {@value FundingAggregator#UNSPECIFIED} for claims that name none
 * @param amountUsd the sum of the known amounts
 * @param share the sum of the shares, {@code null} when any is unknown
 * @param complete whether every claim of this instrument has an amount
 */
public record InstrumentTotal(String instrument, double amountUsd, Double share, boolean complete) {
}
