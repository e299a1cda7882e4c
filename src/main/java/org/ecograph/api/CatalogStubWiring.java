// TEMPORARY until api-catalog merges: the catalog's Entity type resolver, scalars and error mapping, minimally.
package org.ecograph.api;

import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import graphql.schema.idl.TypeRuntimeWiring;
import org.ecograph.model.Entity;
import org.ecograph.model.EntityNotFoundException;
import org.ecograph.model.InvalidArgumentException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** TEMPORARY stand-in for the catalog helper's API infrastructure. */
@Configuration(proxyBeanMethods = false)
class CatalogStubWiring {

	@Bean
	RuntimeWiringConfigurer catalogStubRuntimeWiring() {
		GraphQLScalarType date = GraphQLScalarType.newScalar().name("Date").coercing(new Coercing<LocalDate, String>() {

			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				return value.toString();
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				return LocalDate.parse(input.toString());
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue s) {
					return LocalDate.parse(s.getValue());
				}
				throw new CoercingParseLiteralException("Date must be a string yyyy-MM-dd");
			}

		}).build();
		GraphQLScalarType json = GraphQLScalarType.newScalar().name("JSON").coercing(new Coercing<Object, Object>() {

			@Override
			public Object serialize(Object value, GraphQLContext context, Locale locale) {
				return value;
			}

		}).build();
		return wiring -> wiring.scalar(date)
			.scalar(json)
			.type(TypeRuntimeWiring.newTypeWiring("Entity")
				.typeResolver(env -> env.getSchema().getObjectType(((Entity) env.getObject()).kind().label())));
	}

	@Bean
	DataFetcherExceptionResolverAdapter catalogStubErrors() {
		return new DataFetcherExceptionResolverAdapter() {

			@Override
			protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
				ErrorType type = ex instanceof EntityNotFoundException ? ErrorType.NOT_FOUND
						: ex instanceof InvalidArgumentException ? ErrorType.BAD_REQUEST : null;
				return type == null ? null
						: GraphqlErrorBuilder.newError(env).errorType(type).message(ex.getMessage()).build();
			}

		};
	}

}
