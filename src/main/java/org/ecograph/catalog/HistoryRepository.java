package org.ecograph.catalog;

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.ecograph.model.Revision;

/** The catalog's reads of the knowledge base's history (assertions, judgements and their revisions). */
interface HistoryRepository {

	/** Every assertion node of these claims, superseded ones included, as properties. */
	List<Map<String, Object>> assertionsOf(Collection<String> claimIds);

	/** Every assertion revision of these claims (of assertions deleted since too). */
	List<Revision> assertionRevisionsOf(Collection<String> claimIds);

	/**
	 * The ids of the assertions some change touched in {@code [from, to)}: a revision kept then, or recorded or
	 * superseded then.
	 */
	List<String> assertionsChangedBetween(ZonedDateTime from, ZonedDateTime to);

	/**
	 * The ids of the claims whose assertions some change touched at or after {@code from}: a revision kept then, or an
	 * assertion recorded or superseded then (a claim deleted since included); and those whose retraction a change
	 * undid then.
	 */
	List<String> claimsChangedSince(ZonedDateTime from);

	/** The assertion nodes with these ids, as properties. */
	List<Map<String, Object>> assertions(Collection<String> ids);

	/** The revisions of the assertions with these ids. */
	List<Revision> assertionRevisions(Collection<String> ids);

	/** The ids of the judgements some change touched in {@code [from, to)}: made, withdrawn or revised then. */
	List<String> judgementsChangedBetween(ZonedDateTime from, ZonedDateTime to);

	/** The judgement nodes with these ids, as properties. */
	List<Map<String, Object>> judgements(Collection<String> ids);

	/** The revisions of the judgements with these ids. */
	List<Revision> judgementRevisions(Collection<String> ids);

	/** The ids of the claims at an entity (either way); {@code null} when no entity has the id. */
	List<String> claimsAt(String entityId);

	/** Every judgement node, withdrawn ones included, as properties (a steward's each: few). */
	List<Map<String, Object>> allJudgements();

	/** Every judgement revision (as few as the judgement changes). */
	List<Revision> allJudgementRevisions();

	/**
	 * The ids of the claims recorded or retracted at or after {@code from} (a date-time compared as stored, a date on or
	 * after {@code fromDay}): range seeks of each kind's time indexes (V0034). A superset: the caller decides by day.
	 */
	List<String> claimsRecordedOrRetractedSince(ZonedDateTime from, java.time.LocalDate fromDay);

	/**
	 * The retractions steward changes removed from these claims ({@code :RetractionRevision}, V0035), as properties:
	 * {@code claim}, the retraction's properties, {@code until}.
	 */
	List<Map<String, Object>> retractionRevisionsOf(Collection<String> claimIds);

	/** The claims with these ids, retracted ones included, by id (unknown ids absent). */
	Map<String, org.ecograph.model.Claim> claims(Collection<String> ids);

	/**
	 * The last steward change (not a loaded script) in {@code [from, to)} naming each of these ids, by id; ids no such
	 * change names are absent.
	 */
	Map<String, String> lastChangesNaming(Collection<String> ids, ZonedDateTime from, ZonedDateTime to);

}
