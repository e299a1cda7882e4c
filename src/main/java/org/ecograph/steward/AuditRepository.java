package org.ecograph.steward;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The audit trail's reads: the {@code :Change} nodes the writes of {@link org.ecograph.data.ChangeLog} recorded. */
interface AuditRepository {

	/** The changes whose subjects include {@code id}, newest first, at most {@code first}. */
	List<Change> history(String id, int first);

	/**
	 * The changes in commit order, oldest first, at most {@code limit}.
	 * @param since only changes committed on or after this day; {@code null} for all
	 * @param afterSeq only changes after this sequence number; {@code null} for all
	 */
	List<Change> changes(LocalDate since, Long afterSeq, int limit);

	/** The change with this id, if any. */
	Optional<Change> find(String id);

}
