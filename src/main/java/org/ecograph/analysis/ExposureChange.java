package org.ecograph.analysis;

import java.util.List;

import org.ecograph.catalog.KnowledgeChange;
import org.ecograph.model.Entity;

/**
 * One counterpart whose exposure differs between the ends of two days, with the knowledge changes that caused it
 * ({@link ExposureChangesService}; docs/analysis.md, "5c. What changed an exposure").
 *
 * @param counterpart the other entity (as the later day resolves it when it is in that day's answer, else as the
 * earlier day does)
 * @param before its exposure as known at the end of the earlier day; {@code null} when it had none then
 * @param after its exposure as known at the end of the later day; {@code null} when it has none then
 * @param delta {@code after.totalShare - before.totalShare}; {@code null} when a side or a side's total is
 * @param causes the knowledge changes of the window on the claims on its chains and the judgements on the entities of
 * its chains, in the order of {@code knowledgeChanges}
 * @param causesComplete whether every chain was enumerated (false: an enumeration's budget stopped it, so causes may
 * be missing)
 * @param beforeQuestion the exposure question as asked on the earlier day (what the fields below {@code before} ask
 * again, as known on that day)
 * @param afterQuestion the same on the later day
 */
public record ExposureChange(Entity counterpart, Exposure before, Exposure after, Double delta,
		List<KnowledgeChange> causes, boolean causesComplete, ExposureQuestion beforeQuestion,
		ExposureQuestion afterQuestion) {

	public ExposureChange {
		causes = List.copyOf(causes);
	}

}
