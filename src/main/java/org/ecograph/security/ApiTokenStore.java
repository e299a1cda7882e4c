package org.ecograph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.springframework.stereotype.Component;

/**
 * API tokens in the database, as {@code (:ApiToken {id, name, role, hash, createdAt, revokedAt})} nodes. A token is
 * {@code eg_} and 32 random bytes (256 bits) in URL-safe Base64; the store keeps its SHA-256 hash only, which is
 * enough for a secret of that entropy (no salt or slow hash needed: it cannot be guessed). Revoked tokens stay as
 * nodes, so the history of who held what remains.
 */
@Component
public class ApiTokenStore {

	/** The label of token nodes; not an entity, allowed by the loader's validation. */
	public static final String LABEL = "ApiToken";

	/** What a token looks like; anything else is refused without a database lookup. */
	static final Pattern SHAPE = Pattern.compile("eg_[A-Za-z0-9_-]{43}");

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._@-]{0,79}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String FIELDS = "t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt,"
			+ " t.revokedAt AS revokedAt";

	private final Driver driver;

	public ApiTokenStore(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Creates a token for {@code name} with {@code role}.
	 * @throws TokenException when the name is malformed or an active token already has it
	 */
	public NewApiToken create(Role role, String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw new TokenException("name '" + name + "' is not allowed: give 1..80 letters, digits, spaces or ._@-,"
					+ " starting with a letter or digit");
		}
		String secret = "eg_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
		String id = "token:" + HexFormat.of().formatHex(bytes(4));
		var records = this.driver.executableQuery("""
				OPTIONAL MATCH (same:ApiToken {name: $name}) WHERE same.revokedAt IS NULL
				WITH count(same) AS taken WHERE taken = 0
				CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
				RETURN %s""".formatted(FIELDS))
			.withParameters(Values.parameters("id", id, "name", name, "role", role.name(), "hash", hash(secret))
				.asMap())
			.execute()
			.records();
		if (records.isEmpty()) {
			throw new TokenException("an active token is already named '" + name + "': revoke it first, or pick"
					+ " another name");
		}
		return new NewApiToken(token(records.get(0)), secret);
	}

	/** Every token, active and revoked, oldest first. */
	public List<ApiToken> list() {
		return this.driver.executableQuery("MATCH (t:ApiToken) RETURN " + FIELDS + " ORDER BY createdAt, id")
			.execute()
			.records()
			.stream()
			.map(ApiTokenStore::token)
			.toList();
	}

	/** Whether any token, even a revoked one, was ever created. */
	public boolean any() {
		return this.driver.executableQuery("MATCH (t:ApiToken) RETURN count(t) > 0 AS any")
			.execute()
			.records()
			.get(0)
			.get("any")
			.asBoolean();
	}

	/**
	 * Revokes the active token with this id or name.
	 * @throws TokenException when no active token has it
	 */
	public ApiToken revoke(String idOrName) {
		var records = this.driver.executableQuery("""
				MATCH (t:ApiToken) WHERE (t.id = $key OR t.name = $key) AND t.revokedAt IS NULL
				SET t.revokedAt = datetime()
				RETURN %s""".formatted(FIELDS))
			.withParameters(Values.parameters("key", idOrName).asMap())
			.execute()
			.records();
		if (records.isEmpty()) {
			throw new TokenException("no active token has the id or name '" + idOrName + "': see `token list`");
		}
		return token(records.get(0));
	}

	/** The active token whose secret this is, if any. */
	public Optional<ApiToken> authenticate(String secret) {
		if (secret == null || !SHAPE.matcher(secret).matches()) {
			return Optional.empty();
		}
		return this.driver.executableQuery("MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL RETURN " + FIELDS)
			.withParameters(Values.parameters("hash", hash(secret)).asMap())
			.execute()
			.records()
			.stream()
			.findFirst()
			.map(ApiTokenStore::token);
	}

	/** The SHA-256 of a token, in hex: what the store keeps. */
	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	private static byte[] bytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private static ApiToken token(Record r) {
		return new ApiToken(r.get("id").asString(), r.get("name").asString(), Role.valueOf(r.get("role").asString()),
				r.get("createdAt").asZonedDateTime(),
				r.get("revokedAt").isNull() ? null : r.get("revokedAt").asZonedDateTime());
	}

}
