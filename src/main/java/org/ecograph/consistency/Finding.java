package org.ecograph.consistency;

import java.util.List;

import org.ecograph.model.Claim;
import org.ecograph.model.Measure;

/**
 * One inconsistency among the figures.
 *
 * @param kind what it is about
 * @param severity how serious it is
 * @param subjectId the entity (or claim) the figures are about
 * @param message what does not add up, in English, with the figures
 * @param claims the claims whose figures take part
 * @param measures the measures that take part
 * @param found the figure found (a sum, an energy, ...), when one number says it; else {@code null}
 * @param limit the figure it should not exceed or should equal, when there is one; else {@code null}
 * @param factor found / limit, when both are known; else {@code null}
 */
public record Finding(FindingKind kind, Severity severity, String subjectId, String message, List<Claim> claims,
		List<Measure> measures, Double found, Double limit, Double factor) {

	public Finding {
		claims = List.copyOf(claims);
		measures = List.copyOf(measures);
	}

	/** Whether {@code id} (an entity, claim or measure id) takes part in this finding. */
	public boolean involves(String id) {
		return id.equals(this.subjectId) || this.claims.stream().anyMatch(c -> c.id().equals(id)
				|| c.fromId().equals(id) || c.toId().equals(id))
				|| this.measures.stream().anyMatch(m -> m.id().equals(id) || id.equals(m.subjectId()));
	}

}
