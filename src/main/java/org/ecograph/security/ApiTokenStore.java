package org.ecograph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

import org.ecograph.data.Graph;
import org.ecograph.data.Row;
import org.ecograph.data.Transactions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * API tokens in the database, as {@code (:ApiToken {id, name, role, hash, createdAt, revokedAt})} nodes. A token is
 * {@code eg_} and 32 random bytes (256 bits) in URL-safe Base64; the store keeps its SHA-256 hash only, which is
 * enough for a secret of that entropy (no salt or slow hash needed: it cannot be guessed). Revoked tokens stay as
 * nodes, so the history of who held what remains.
 * <p>
 * Each method runs in a transaction of its own through {@link Transactions} (writes in a write transaction, checks
 * and listings in a read transaction), not through {@code @Transactional}: the store is called from the security
 * filter and the {@code token} command as well as from services, and tests build it without a context.
 * <p>
 * A verified token is kept in memory for {@code ecograph.analysis.refresh-interval} (2 s), keyed by its hash (never
 * the secret), so a client's requests check it against the database once per interval, not once each. A revocation
 * through this store takes effect at once here; a revocation elsewhere (the {@code token} command, another instance)
 * within that interval, as every instance learns of other instances' writes (ADR 0011). Unknown tokens are not kept:
 * each is looked up (a refused request costs the one index seek it always did).
 */
@Component
public class ApiTokenStore {

	/** What a token looks like; anything else is refused without a database lookup. */
	static final Pattern SHAPE = Pattern.compile("eg_[A-Za-z0-9_-]{43}");

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._@-]{0,79}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final String FIELDS = "t.id AS id, t.name AS name, t.role AS role, t.createdAt AS createdAt,"
			+ " t.revokedAt AS revokedAt";

	/** Creates the token unless an active one has its name (then returns no row). */
	private static final String CREATE = """
			OPTIONAL MATCH (same:ApiToken {name: $name}) WHERE same.revokedAt IS NULL
			WITH count(same) AS taken WHERE taken = 0
			CREATE (t:ApiToken {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime()})
			RETURN %s""".formatted(FIELDS);

	private static final String LIST = "MATCH (t:ApiToken) RETURN " + FIELDS + " ORDER BY createdAt, id";

	private static final String ANY = "MATCH (t:ApiToken) RETURN count(t) > 0 AS any";

	private static final String REVOKE = """
			CALL () {
			  MATCH (t:ApiToken {id: $key}) RETURN t
			  UNION
			  MATCH (t:ApiToken {name: $key}) RETURN t
			}
			WITH t WHERE t.revokedAt IS NULL
			SET t.revokedAt = datetime()
			RETURN %s""".formatted(FIELDS);

	private static final String AUTHENTICATE = "MATCH (t:ApiToken {hash: $hash}) WHERE t.revokedAt IS NULL RETURN "
			+ FIELDS;

	/** Verified tokens kept at most: beyond it the cache starts afresh (only valid tokens can fill it). */
	private static final int MAX_CACHED = 10_000;

	private final Graph graph;

	private final Transactions transactions;

	private final long ttlNanos;

	/** Verified tokens by the hash of their secret. */
	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	/** Revocations through this store: a check that read the database before one does not keep what it read. */
	private final AtomicLong revocations = new AtomicLong();

	/** A store that keeps each verified token for 2 s (the default refresh interval). */
	public ApiTokenStore(Graph graph, Transactions transactions) {
		this(graph, transactions, Duration.ofSeconds(2));
	}

	/** A store that keeps each verified token for {@code ttl} (zero: checks every time). */
	@Autowired
	ApiTokenStore(Graph graph, Transactions transactions,
			@Value("${ecograph.analysis.refresh-interval:2s}") Duration ttl) {
		this.graph = graph;
		this.transactions = transactions;
		this.ttlNanos = Math.max(0, ttl.toNanos());
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
		Optional<ApiToken> created = this.transactions.write(() -> this.graph.query(CREATE)
			.bind("id", id)
			.bind("name", name)
			.bind("role", role.name())
			.bind("hash", hash(secret))
			.one(ApiTokenStore::token));
		return created.map(token -> new NewApiToken(token, secret))
			.orElseThrow(() -> new TokenException("an active token is already named '" + name + "': revoke it first,"
					+ " or pick another name"));
	}

	/** Every token, active and revoked, oldest first. */
	public List<ApiToken> list() {
		return this.transactions.read(() -> this.graph.query(LIST).list(ApiTokenStore::token));
	}

	/** Whether any token, even a revoked one, was ever created. */
	public boolean any() {
		return this.transactions.read(() -> this.graph.query(ANY).single(row -> row.bool("any")));
	}

	/**
	 * Revokes the active token with this id or name.
	 * @throws TokenException when no active token has it
	 */
	public ApiToken revoke(String idOrName) {
		Optional<ApiToken> revoked = this.transactions
			.write(() -> this.graph.query(REVOKE).bind("key", idOrName).one(ApiTokenStore::token));
		revoked.ifPresent(token -> {
			this.revocations.incrementAndGet();
			this.verified.values().removeIf(kept -> kept.token().id().equals(token.id()));
		});
		return revoked.orElseThrow(() -> new TokenException("no active token has the id or name '" + idOrName
				+ "': see `token list`"));
	}

	/**
	 * The active token whose secret this is, if any: from memory when it was verified within the refresh interval,
	 * else from the database.
	 */
	public Optional<ApiToken> authenticate(String secret) {
		if (secret == null || !SHAPE.matcher(secret).matches()) {
			return Optional.empty();
		}
		String hash = hash(secret);
		long now = System.nanoTime();
		Verified kept = this.verified.get(hash);
		if (kept != null && now - kept.until() < 0) {
			return Optional.of(kept.token());
		}
		long revocationsBefore = this.revocations.get();
		Optional<ApiToken> token = this.transactions
			.read(() -> this.graph.query(AUTHENTICATE).bind("hash", hash).one(ApiTokenStore::token));
		if (token.isEmpty()) {
			this.verified.remove(hash);
		}
		else if (this.ttlNanos > 0 && this.revocations.get() == revocationsBefore) {
			if (this.verified.size() >= MAX_CACHED) {
				this.verified.clear();
			}
			this.verified.put(hash, new Verified(token.get(), now + this.ttlNanos));
		}
		return token;
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

	/** A token found active in the database, and until when ({@link System#nanoTime()}) that is trusted. */
	private record Verified(ApiToken token, long until) {
	}

	private static ApiToken token(Row row) {
		return new ApiToken(row.string("id"), row.string("name"), Role.valueOf(row.string("role")),
				row.dateTime("createdAt"), row.dateTime("revokedAt"));
	}

}
