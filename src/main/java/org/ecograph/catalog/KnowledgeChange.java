package org.ecograph.catalog;

import org.ecograph.model.Assertion;
import org.ecograph.model.Judgement;
import org.ecograph.model.KnowledgeChangeKind;

/**
 * One difference between the knowledge base on two days: an assertion or a judgement that counts differently.
 *
 * @param kind what changed
 * @param claimId the claim of the assertion, or the claim recorded or retracted; {@code null} for a judgement
 * @param before the assertion as it counted on the earlier day; {@code null} when it did not count then, and for a
 * claim recorded or retracted
 * @param after the assertion as it counts on the later day; {@code null} when it does not count then
 * @param judgement the judgement as it was on the day it counted; {@code null} for an assertion
 * @param change the id of the last steward change in the window that touched it; {@code null} when none did (a
 * script's write)
 */
public record KnowledgeChange(KnowledgeChangeKind kind, String claimId, Assertion before, Assertion after,
		Judgement judgement, String change) {

	/**
	 * The id of the assertion (the later one when a statement superseded another), of the judgement, or of the claim
	 * recorded or retracted.
	 */
	public String subjectId() {
		if (this.judgement != null) {
			return this.judgement.id();
		}
		if (this.before == null && this.after == null) {
			return this.claimId;
		}
		return this.after != null ? this.after.id() : this.before.id();
	}

	/** Whether it is a claim's own change (recorded, retracted or restored) rather than one of its assertions'. */
	public boolean ofClaim() {
		return this.kind == KnowledgeChangeKind.CLAIM_RECORDED || this.kind == KnowledgeChangeKind.CLAIM_RETRACTED
				|| this.kind == KnowledgeChangeKind.CLAIM_RESTORED;
	}

	/**
	 * The order of a diff: by claim (judgements after every claim, by id), the claim's own change first, then by
	 * assertion id.
	 */
	String sortKey() {
		return (this.claimId == null ? "~" : this.claimId) + '\u0000' + (ofClaim() ? "" : subjectId());
	}

}
