package org.ecograph.model;

import java.util.List;
import java.util.Map;

/**
 * An entity of the graph as the services above the database see it.
 *
 * @param id the stable id, e.g. {@code company:openai}
 * @param kind its kind
 * @param name its English name
 * @param aliases other names, including names in the source's language
 * @param description one sentence, or {@code null} when none is recorded
 * @param properties every property of the node, including the kind-specific ones ({@code country}, {@code budgetUsd},
 * {@code level}, ...), with dates as {@link java.time.LocalDate}
 */
public record Entity(String id, EntityKind kind, String name, List<String> aliases, String description,
		Map<String, Object> properties) {

	public Entity {
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		properties = properties == null ? Map.of() : Map.copyOf(properties);
	}

}
