package org.ecograph.watch;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ecograph.model.Claim;

/** The watches and their feed in Neo4j; every method runs in the caller's transaction, every lookup a seek. */
interface WatchRepository {

	/** Stores a new watch with its first answer. */
	void create(Saved saved);

	/** The watches of a token, by id. */
	List<Saved> byOwner(String owner);

	/** Up to {@code limit} watches of every token with an id after {@code after} ("" for the first), by id. */
	List<Saved> page(String after, int limit);

	/** Deletes a watch of this token and its events; whether there was one. */
	boolean delete(String id, String owner);

	/** Replaces a watch's last answer. */
	void answer(String id, Evaluation evaluation);

	/**
	 * Records the event of a watch's answer changing at a graph version, numbered next in the feed; empty when the
	 * watch is gone or the event of this watch and version is recorded already.
	 */
	Optional<Long> recordEvent(String watchId, long graphVersion, String before, String after, List<String> causes);

	/** Up to {@code limit} events of a token after the sequence number {@code after}, oldest first. */
	List<StoredEvent> eventsAfter(String owner, long after, int limit);

	/** Which of these entity ids exist. */
	Set<String> existingEntities(Collection<String> ids);

	/** Every claim (retracted ones too) with {@code entity} at either end. */
	List<Claim> claimsTouching(String entity);

	/**
	 * An event as stored.
	 *
	 * @param seq its number in the feed
	 * @param watch its watch
	 * @param graphVersion the version of its new answer
	 * @param before the previous answer, JSON text
	 * @param after the new answer, JSON text
	 * @param causes the ids of the claims that caused it
	 */
	record StoredEvent(long seq, Saved watch, long graphVersion, String before, String after, List<String> causes) {
	}

}
