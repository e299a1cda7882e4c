package org.ecograph.model;

import java.util.Arrays;
import java.util.List;

/** What a steward judges of two entity ids ({@link Judgement}): the same real-world entity, or two different ones. */
public enum Verdict {

	/** The two ids name one entity: they resolve to one canonical entity while the judgement is live. */
	SAME,
	/** The two ids name different entities: no merge may join them while the judgement is live. */
	DIFFERENT;

	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
