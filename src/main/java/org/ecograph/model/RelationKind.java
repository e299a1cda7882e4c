package org.ecograph.model;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The closed vocabulary of claims. Each constant is a Neo4j relationship type; the direction of the relationship is
 * part of its meaning. Each kind carries what the rest of the application derives from it: its verb (explanations,
 * the explorer's legend), which side depends on the other (exposure, ranking) and whether exposure follows it by
 * default. The GraphQL enum {@code RelationKind} is held to this one by a test.
 */
public enum RelationKind {

	/** Partner to partner; stored once, the first-named party as source. */
	PARTNERS_WITH("partners with", DependentSide.BOTH, true),
	/** Funder to recipient: investment, contribution in kind, appropriation, subsidy, bonds. */
	FUNDS("funds", DependentSide.TARGET, true),
	/** Supplier to customer: goods, services, compute, models, power. */
	SUPPLIES("supplies", DependentSide.TARGET, true),
	/** Consumer to the dataset it draws on. */
	ACCESSES_DATA("draws data from", DependentSide.SOURCE, true),
	/** Agency to the dataset it provides. */
	PUBLISHES("publishes", DependentSide.TARGET, true),
	/** Agency to the program it runs. */
	ADMINISTERS("administers", DependentSide.TARGET, true),
	/** Leader to the program it leads. */
	LEADS("leads", DependentSide.TARGET, true),
	/** Parent to subsidiary, unit, fund or product line. */
	OWNS("owns", DependentSide.TARGET, true),
	/** Entity to the state or country it is located in (sites, headquarters). */
	LOCATED_IN("is located in", DependentSide.SOURCE, true),
	/** Program to a technology it concentrates on. */
	FOCUSES_ON("focuses on", DependentSide.SOURCE, false),
	/** Company or agency to a technology it develops. */
	DEVELOPS("develops", DependentSide.TARGET, false),
	/** Regulator to what it regulates. */
	REGULATES("regulates", DependentSide.TARGET, false),
	/** Actor to a program, agency or policy it supports. */
	SUPPORTS("supports", DependentSide.TARGET, false),
	/** Actor to a program, agency or policy it opposes. */
	OPPOSES("opposes", DependentSide.BOTH, false),
	/** Competitor to competitor. */
	COMPETES_WITH("competes with", DependentSide.BOTH, false),
	/**
	 * Member to the partnership, consortium, fund or alliance it belongs to; {@code role} says how (founding member,
	 * lead member, ...). Members of one partnership are linked to it, not to each other.
	 */
	MEMBER_OF("is a member of", DependentSide.TARGET, true);

	private final String verb;

	private final DependentSide dependentSide;

	private final boolean exposureByDefault;

	RelationKind(String verb, DependentSide dependentSide, boolean exposureByDefault) {
		this.verb = verb;
		this.dependentSide = dependentSide;
		this.exposureByDefault = exposureByDefault;
	}

	/**
	 * Which party of a relation of a kind depends on the other: the one exposure counts as exposed and ranking lets
	 * vote for the other. Named by the relationship's direction.
	 */
	public enum DependentSide {

		/** The source depends on the target (the consumer on the dataset it draws on, the site on its state). */
		SOURCE,

		/** The target depends on the source (the recipient on its funder, the customer on its supplier). */
		TARGET,

		/** Each party depends on the other (partners, competitors, opponents). */
		BOTH

	}

	/** The verb of a sentence "source verb target", e.g. "draws data from". */
	public String verb() {
		return this.verb;
	}

	/** Which party depends on the other. */
	public DependentSide dependentSide() {
		return this.dependentSide;
	}

	/**
	 * Whether exposure follows relations of this kind when a question names no kinds: the kinds through which money,
	 * goods, data, control or sites flow, not those that state a topic or a stance.
	 */
	public boolean exposureByDefault() {
		return this.exposureByDefault;
	}

	/** The kinds exposure follows when a question names none. */
	public static Set<RelationKind> exposureDefaults() {
		return Arrays.stream(values()).filter(RelationKind::exposureByDefault)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** The Neo4j relationship types, one per kind. */
	public static List<String> types() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
