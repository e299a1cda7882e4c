package org.ecograph.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The six kinds of entity. Every entity node carries the label {@code Entity} plus exactly one of these labels, and
 * its id starts with {@link #idPrefix()}.
 */
public enum EntityKind {

	/** A company, investment firm or other commercial organisation. */
	COMPANY("Company"),
	/** A named initiative, project, fund, bill, platform or programme. */
	PROGRAM("Program"),
	/** A government body, legislature, regulator, grid operator or political party. */
	AGENCY("Agency"),
	/** A data collection that someone publishes or draws on. */
	DATASET("Dataset"),
	/** A country, a US state or a union of states. */
	STATE("State"),
	/** A technology or technical field. */
	TECHNOLOGY("Technology");

	/** The label every entity carries besides its kind label. */
	public static final String ENTITY_LABEL = "Entity";

	private final String label;

	EntityKind(String label) {
		this.label = label;
	}

	/** The Neo4j label, e.g. {@code Company}. */
	public String label() {
		return this.label;
	}

	/** The prefix of ids of this kind, e.g. {@code company}. */
	public String idPrefix() {
		return name().toLowerCase();
	}

	public static Optional<EntityKind> fromLabel(String label) {
		return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
	}

	public static List<String> labels() {
		return Arrays.stream(values()).map(EntityKind::label).toList();
	}

}
