package org.ecograph.analysis;

import java.util.List;

/**
 * An analysis answer with what the caller must know about it.
 *
 * @param data the answer
 * @param graphVersion the graph version it was computed on
 * @param warnings why the answer is not exact or not current, empty when it is both (e.g. a search budget reached,
 * or an answer from the previous graph version while the new one is being built)
 */
public record Answer<T>(T data, long graphVersion, List<String> warnings) {

	public Answer {
		warnings = List.copyOf(warnings);
	}

}
