package org.ecograph.steward;

import java.util.List;

/**
 * What a mutation did: the changed value and the recorded change, or the user errors that stopped it (then nothing
 * was written).
 *
 * @param value the entity, claim or source as it is now; {@code null} on errors, and when the caller did not want it
 * (a client not selecting it: {@link StewardService#upsertClaim(Inputs.ClaimInput, boolean)})
 * @param change the recorded change; {@code null} on errors
 * @param userErrors why nothing was written; empty on success
 */
public record MutationResult<T>(T value, Change change, List<UserError> userErrors) {

	static <T> MutationResult<T> failed(List<UserError> errors) {
		return new MutationResult<>(null, null, List.copyOf(errors));
	}

	static <T> MutationResult<T> failed(UserError error) {
		return failed(List.of(error));
	}

}
