package org.ecograph.api;

import java.time.LocalDate;
import java.util.List;

import org.ecograph.model.ClaimFilter;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.RelationKind;

/**
 * The arguments that filter claims, as every field that takes them names them: bound from a GraphQL field's
 * arguments ({@code @Arguments}) or built by the export from its parameters, and checked here once. The relation
 * kinds are not among them because fields name them differently ({@code kinds}, ranking's {@code relationKinds}) or
 * have none ({@code fundingSummary}): {@link #of} takes them.
 *
 * @param status the statuses kept; {@code null} for all
 * @param minConfidence the least confidence kept, 0..1; {@code null} for no bound
 * @param asOf the day the claims must be valid on; {@code null} for any
 * @param knownOn the day whose end the knowledge base is read as of: claims recorded after it are left out (see
 * {@link ClaimFilter#knownOn()}); {@code null} for the knowledge base as it is now
 * @param includeInferred whether claims whose sentence does not state the link outright are kept; absent or
 * {@code null} keeps them (the schema's default)
 * @param includeRetracted whether claims a steward retracted are kept; absent or {@code null} hides them (the
 * schema's default)
 */
public record ClaimFilterArguments(List<ClaimStatus> status, Double minConfidence, LocalDate asOf, LocalDate knownOn,
		Boolean includeInferred, Boolean includeRetracted) {

	/**
	 * @throws BadRequestException when {@code minConfidence} is not within 0..1
	 */
	public ClaimFilterArguments {
		Limits.checkFraction("minConfidence", minConfidence);
		includeInferred = !Boolean.FALSE.equals(includeInferred);
		includeRetracted = Boolean.TRUE.equals(includeRetracted);
	}

	/** The filter over claims of {@code kinds} ({@code null} for every kind). */
	public ClaimFilter of(List<RelationKind> kinds) {
		return ClaimFilter.of(kinds, this.status, this.minConfidence, this.asOf)
			.withRecord(this.knownOn, this.includeInferred, this.includeRetracted);
	}

}
