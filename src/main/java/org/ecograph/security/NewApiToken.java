package org.ecograph.security;

/**
 * A token just created: the only moment its secret exists outside the holder's hands.
 *
 * @param token the stored metadata
 * @param secret the bearer token, to hand to its holder once; the store keeps only its hash
 */
public record NewApiToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "NewApiToken[" + this.token + ", secret=<hidden>]";
	}

}
