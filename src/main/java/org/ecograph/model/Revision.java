package org.ecograph.model;

import java.time.ZonedDateTime;
import java.util.Map;

/**
 * A state an assertion or a judgement had until a steward change replaced it ({@code (:AssertionRevision)},
 * {@code (:JudgementRevision)}): how the knowledge base is read as known on a past day ({@link KnownOn}).
 *
 * @param of the id of the assertion or judgement
 * @param until when the change that replaced it committed
 * @param change the id of that change
 * @param properties the properties it had, {@code id} included; {@code null} when it did not exist before the change
 */
public record Revision(String of, ZonedDateTime until, String change, Map<String, Object> properties) {

	/** A revision from the properties of its node (plain Java values, as the data layer reads them). */
	public static Revision fromProperties(Map<String, Object> p) {
		String of = (String) p.get("revisionOf");
		Map<String, Object> props = null;
		if (!Boolean.TRUE.equals(p.get("absent"))) {
			props = new java.util.HashMap<>(p);
			props.remove("revisionOf");
			props.remove("until");
			props.remove("change");
			props.put("id", of);
		}
		return new Revision(of, KnownOn.time(p.get("until")), (String) p.get("change"), props);
	}

}
