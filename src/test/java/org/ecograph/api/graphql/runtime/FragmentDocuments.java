package org.ecograph.api.graphql.runtime;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Hostile documents built of fragments, for the document checks and the hostile request tests. */
public final class FragmentDocuments {

	private FragmentDocuments() {
	}

	/** {@code count} fragments each spreading the next, the last spreading the first. */
	public static String cycle(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> "fragment F" + i + " on Query { __typename ...F" + ((i + 1) % count) + " }")
			.collect(Collectors.joining("\n", "query Cycle { ...F0 }\n", ""));
	}

	/**
	 * {@code levels} fragments each selecting a field and spreading the next twice: 2^levels - 1 fields once
	 * expanded, in a document of a few hundred characters.
	 */
	public static String explosion(int levels) {
		String fragments = IntStream.range(0, levels)
			.mapToObj(i -> "fragment F" + i + " on Query { __typename" + (i + 1 < levels
					? " ...F" + (i + 1) + " ... on Query { ...F" + (i + 1) + " }" : "") + " }")
			.collect(Collectors.joining("\n"));
		return "query Explosion { ...F0 }\n" + fragments;
	}

}
