package org.ecograph.analysis.projection;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

import org.ecograph.data.GraphVersions;
import org.ecograph.model.Claim;
import org.ecograph.model.EntityKind;

/**
 * What the projection reads from the database, in the caller's transaction: the graph version, the store's counts,
 * every entity and claim for a build, and, for an update, the audit trail since a version and what it touched.
 */
interface ProjectionRepository {

	/** The graph version the transaction sees, with its stamp. */
	GraphVersions.Stamped stamped();

	/** What a saved snapshot of the database as it is now must match (count-store reads). */
	ProjectionFile.Key key();

	/** How many relationships the store holds (count store): the size the claim columns start at. */
	long relationshipCount();

	/** Calls {@code entity} with every entity, streamed. */
	void forEachEntity(Consumer<EntityRow> entity);

	/** Calls {@code entity} with each of these entities that exists. */
	void forEachEntity(Collection<String> ids, Consumer<EntityRow> entity);

	/**
	 * An entity as the projection keeps it.
	 *
	 * @param id its id
	 * @param kind its kind, {@code null} for none
	 * @param name its name, {@code null} for none
	 * @param aliases its aliases, empty for none
	 */
	record EntityRow(String id, EntityKind kind, String name, List<String> aliases) {
	}

	/**
	 * Appends every claim between two entities to {@code claims}, streamed, never collected: its ends resolved by
	 * {@code node} (-1, or a claim without an id: skipped); {@code added} receives each new claim's index.
	 */
	void readClaims(ToIntFunction<String> node, ClaimColumns claims, IntConsumer added);

	/** The claims with these ids, of whatever kind, retracted ones included; unknown ids are absent. */
	Map<String, Claim> claims(Collection<String> ids);

	/** The ids that resolve to another entity ({@code (:MergedId {id, into})}): id → canonical id. */
	Map<String, String> canonicalIds();

	/** Every claim now leaving or reaching one of these entities (for the ids a judgement change regrouped). */
	void forEachClaimAt(Collection<String> entityIds, Consumer<Claim> claim);

	/**
	 * What an update from version {@code since} needs first, read in one statement: the graph version the
	 * transaction sees, the changes after {@code since} up to it, in order, and the resolved ids
	 * ({@link #canonicalIds}).
	 */
	Pending pending(long since);

	/**
	 * What {@link #pending} read.
	 *
	 * @param stamped the graph version
	 * @param changes the changes after the version asked for up to {@code stamped}, in order
	 * @param canonicalIds id → canonical id, as {@link #canonicalIds}
	 */
	record Pending(GraphVersions.Stamped stamped, List<Change> changes, Map<String, String> canonicalIds) {
	}

	/**
	 * The entities with these ids that exist, and the claims with these ids (as {@link #claims}), read in one
	 * statement.
	 */
	Touched touched(Collection<String> entityIds, Collection<String> claimIds);

	/**
	 * What {@link #touched} read.
	 *
	 * @param entities the entities found
	 * @param claims the claims found, by id
	 */
	record Touched(List<EntityRow> entities, Map<String, Claim> claims) {
	}

	/**
	 * One change of the audit trail.
	 *
	 * @param operation what was done ({@link org.ecograph.data.ChangeLog#LOAD_SCRIPT} for a loaded script)
	 * @param itemised whether the change names what it touched
	 * @param subjects the ids it touched, entities and claims; empty unless itemised
	 */
	record Change(String operation, boolean itemised, List<String> subjects) {
	}

}
