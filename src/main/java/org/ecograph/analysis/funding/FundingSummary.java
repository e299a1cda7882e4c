package org.ecograph.analysis.funding;

import java.util.List;

import org.ecograph.model.Entity;

/**
 * Who funds an entity, how much and with what share ({@link FundingAggregator}).
 *
 * @param target the funded entity
 * @param totalUsd the sum of the known amounts, {@code null} when none is known
 * @param funders one line per funding claim, largest amount first
 * @param byInstrument the amounts per instrument, largest first
 * @param sharesSum the sum of the known shares, {@code null} when none is known
 * @param sharesConsistent whether the known shares add up to 1 and agree with the amounts and the budget
 * @param note what does not add up, then which funders lack a share or an amount; {@code null} when nothing is amiss
 */
public record FundingSummary(Entity target, Double totalUsd, List<FunderShare> funders,
		List<InstrumentTotal> byInstrument, Double sharesSum, boolean sharesConsistent, String note) {

	public FundingSummary {
		funders = List.copyOf(funders);
		byInstrument = List.copyOf(byInstrument);
	}

}
