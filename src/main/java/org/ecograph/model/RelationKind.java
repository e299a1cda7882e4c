package org.ecograph.model;

import java.util.Arrays;
import java.util.List;

/**
 * The closed vocabulary of claims. Each constant is a Neo4j relationship type; the direction of the relationship is
 * part of its meaning.
 */
public enum RelationKind {

	/** Partner to partner; stored once, the first-named party as source. */
	PARTNERS_WITH,
	/** Funder to recipient: investment, contribution in kind, appropriation, subsidy, bonds. */
	FUNDS,
	/** Supplier to customer: goods, services, compute, models, power. */
	SUPPLIES,
	/** Consumer to the dataset it draws on. */
	ACCESSES_DATA,
	/** Agency to the dataset it provides. */
	PUBLISHES,
	/** Agency to the program it runs. */
	ADMINISTERS,
	/** Leader to the program it leads. */
	LEADS,
	/** Parent to subsidiary, unit, fund or product line. */
	OWNS,
	/** Entity to the state or country it is located in (sites, headquarters). */
	LOCATED_IN,
	/** Program to a technology it concentrates on. */
	FOCUSES_ON,
	/** Company or agency to a technology it develops. */
	DEVELOPS,
	/** Regulator to what it regulates. */
	REGULATES,
	/** Actor to a program, agency or policy it supports. */
	SUPPORTS,
	/** Actor to a program, agency or policy it opposes. */
	OPPOSES,
	/** Competitor to competitor. */
	COMPETES_WITH,
	/**
	 * Member to the partnership, consortium, fund or alliance it belongs to; {@code role} says how (founding member,
	 * lead member, ...). Members of one partnership are linked to it, not to each other.
	 */
	MEMBER_OF;

	public static List<String> types() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

}
