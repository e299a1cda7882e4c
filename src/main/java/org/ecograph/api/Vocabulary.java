package org.ecograph.api;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLSchema;
import org.ecograph.model.ClaimStatus;
import org.ecograph.model.EntityKind;
import org.ecograph.model.RelationKind;

/**
 * The answer of {@code vocabulary}: every constant of the Java enums {@link EntityKind}, {@link RelationKind} and
 * {@link ClaimStatus} with what the enum carries (label, id prefix, verb, dependent side, exposure default) and the
 * schema's description of the value. Derived on every call, never copied: a new constant appears here, in the
 * explorer's filters and in its legend without another edit.
 *
 * @param entityKinds the entity kinds, in the enum's order
 * @param relationKinds the relation kinds, in the enum's order
 * @param claimStatuses the claim statuses, in the enum's order
 */
record Vocabulary(List<EntityKindTerm> entityKinds, List<RelationKindTerm> relationKinds,
		List<ClaimStatusTerm> claimStatuses) {

	/** The vocabulary of the Java enums, described by the enum values of {@code schema}. */
	static Vocabulary of(GraphQLSchema schema) {
		Function<EntityKind, String> entity = descriptions(schema, "EntityKind");
		Function<RelationKind, String> relation = descriptions(schema, "RelationKind");
		Function<ClaimStatus, String> status = descriptions(schema, "ClaimStatus");
		return new Vocabulary(
				Arrays.stream(EntityKind.values())
					.map(kind -> new EntityKindTerm(kind, kind.label(), kind.idPrefix(), entity.apply(kind)))
					.toList(),
				Arrays.stream(RelationKind.values())
					.map(kind -> new RelationKindTerm(kind, kind.verb(), kind.dependentSide(), kind.exposureByDefault(),
							relation.apply(kind)))
					.toList(),
				Arrays.stream(ClaimStatus.values())
					.map(value -> new ClaimStatusTerm(value, status.apply(value)))
					.toList());
	}

	/**
	 * The description of each constant's value in the schema enum {@code type}. The enums are held to each other by
	 * a test, so a constant without a value is a build error, never a blank here.
	 */
	private static <E extends Enum<E>> Function<E, String> descriptions(GraphQLSchema schema, String type) {
		GraphQLEnumType enumType = (GraphQLEnumType) schema.getType(type);
		return constant -> {
			GraphQLEnumValueDefinition value = enumType.getValue(constant.name());
			if (value == null) {
				throw new IllegalStateException("The schema enum " + type + " has no value " + constant.name());
			}
			return value.getDescription();
		};
	}

	/** An entity kind: {@code EntityKindTerm} of the schema. */
	record EntityKindTerm(EntityKind name, String label, String idPrefix, String description) {
	}

	/** A relation kind: {@code RelationKindTerm} of the schema. */
	record RelationKindTerm(RelationKind name, String verb, RelationKind.DependentSide dependentSide,
			boolean exposureByDefault, String description) {
	}

	/** A claim status: {@code ClaimStatusTerm} of the schema. */
	record ClaimStatusTerm(ClaimStatus name, String description) {
	}

}
