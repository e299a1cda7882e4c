package org.ecograph.api.graphql.runtime;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ecograph.model.Claim;
import org.ecograph.model.Entity;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * Wires what annotated controllers cannot: the scalars, the concrete type of each {@link Entity} (from its kind, so
 * any service may return plain {@code Entity} records for GraphQL {@code Entity} values), and the kind-specific
 * fields, which live in the entity's property map.
 */
@Component
class SchemaWiring implements RuntimeWiringConfigurer {

	/** The kind-specific fields of each entity type, read from {@link Entity#properties()}. */
	static final Map<String, List<String>> KIND_FIELDS = Map.of("Company", List.of("country", "sector", "ticker"),
			"Program", List.of("announcedOn", "budgetUsd"), "Agency", List.of("category", "jurisdiction"), "Dataset",
			List.of("domain", "records"), "State", List.of("level", "code"), "Technology", List.of("field"));

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.scalar(Scalars.DATE).scalar(Scalars.JSON);
		wiring.type(TypeRuntimeWiring.newTypeWiring("Entity")
			.typeResolver(env -> env.getSchema().getObjectType(((Entity) env.getObject()).kind().label())));
		KIND_FIELDS.forEach((type, fields) -> wiring.type(type, builder -> {
			fields.forEach(field -> builder.dataFetcher(field, entityProperty(field)));
			return builder;
		}));
		wiring.type("Relation", builder -> builder.dataFetcher("scope", claimProperty("scope")));
	}

	private static DataFetcher<Object> entityProperty(String name) {
		return env -> env.<Entity>getSource().properties().get(name);
	}

	private static DataFetcher<Object> claimProperty(String name) {
		return env -> env.<Claim>getSource().properties().get(name);
	}

}
