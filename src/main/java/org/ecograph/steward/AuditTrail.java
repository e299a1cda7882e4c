package org.ecograph.steward;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ecograph.model.InvalidArgumentException;
import org.springframework.stereotype.Service;

/**
 * Reads the audit trail: the changes of one entity, claim or source, and the feed of all changes, each in a read
 * transaction of its own.
 */
@Service
public class AuditTrail {

	private final AuditRepository changes;

	AuditTrail(AuditRepository changes) {
		this.changes = changes;
	}

	/** The changes that touched this id (an entity, claim, source or merged id), newest first. */
	public List<Change> history(String id, int first) {
		return this.changes.history(id, first);
	}

	/**
	 * A page of the changes in commit order, oldest first.
	 * @param since only changes committed on or after this day; {@code null} for all
	 * @param afterSeq only changes after this sequence number (the cursor of the previous page); {@code null} for all
	 * @param first how many, plus one to tell whether more follow
	 */
	public List<Change> changes(LocalDate since, Long afterSeq, int first) {
		return this.changes.changes(since, afterSeq, first + 1);
	}

	/** The change with this id, if any. */
	public Optional<Change> find(String id) {
		return this.changes.find(id);
	}

	/** The sequence number of a change id, for cursors. */
	public static long seq(String changeId) {
		if (changeId == null || !changeId.matches("change:[1-9][0-9]{0,17}")) {
			throw new InvalidArgumentException("after '" + changeId + "' is not a cursor of changes: pass the id of a"
					+ " change this feed returned (change:<number>)");
		}
		return Long.parseLong(changeId.substring("change:".length()));
	}

}
