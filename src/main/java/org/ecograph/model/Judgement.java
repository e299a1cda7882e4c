package org.ecograph.model;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A steward's judgement of two entity ids, stored as a {@code (:Judgement)} node (docs/data-model.md, "Entity
 * resolution by judgement"). A judgement is never deleted: withdrawing it sets {@code withdrawnAt}.
 *
 * @param id {@code judgement:<slug>}
 * @param left the first id; of a SAME judgement made by {@code mergeEntities}, the canonical one it named
 * @param right the second id; of {@code mergeEntities}, the duplicate
 * @param verdict same or different
 * @param reason why, as the steward said it
 * @param by who judged (the token's name)
 * @param at when
 * @param withdrawnAt when it was withdrawn, {@code null} while live
 * @param withdrawnBy who withdrew it, {@code null} while live
 * @param withdrawReason why it was withdrawn, {@code null} while live
 */
public record Judgement(String id, String left, String right, Verdict verdict, String reason, String by,
		ZonedDateTime at, ZonedDateTime withdrawnAt, String withdrawnBy, String withdrawReason) {

	/** Whether it counts now (not withdrawn). */
	public boolean live() {
		return this.withdrawnAt == null;
	}

	/** The other id of the pair, {@code null} when {@code id} is neither. */
	public String other(String entityId) {
		return entityId.equals(this.left) ? this.right : entityId.equals(this.right) ? this.left : null;
	}

	/** A judgement from its stored properties. */
	public static Judgement fromProperties(Map<String, Object> p) {
		return new Judgement((String) p.get("id"), (String) p.get("left"), (String) p.get("right"),
				Verdict.valueOf((String) p.get("verdict")), (String) p.get("reason"), (String) p.get("by"),
				time(p.get("at")), time(p.get("withdrawnAt")), (String) p.get("withdrawnBy"),
				(String) p.get("withdrawReason"));
	}

	private static ZonedDateTime time(Object value) {
		if (value instanceof ZonedDateTime z) {
			return z;
		}
		if (value instanceof java.time.OffsetDateTime o) {
			return o.toZonedDateTime();
		}
		return value == null ? null : ZonedDateTime.parse(value.toString());
	}

}
