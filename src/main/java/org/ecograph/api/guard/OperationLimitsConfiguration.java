package org.ecograph.api.guard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLSchema;
import org.ecograph.api.ApiError;
import org.ecograph.api.ApiLimits;
import org.ecograph.model.ErrorKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The limits on whole operations: nesting depth and complexity (see {@link #complexity}), both checked before any
 * data is fetched and reported as {@code BAD_REQUEST}, and the timeout of every database transaction. Before these,
 * when a document is parsed and before it is validated, its parser limits and its budget of fields, fragments and
 * repeats ({@link org.ecograph.api.graphql.runtime.DocumentLimits}) are checked.
 */
@Configuration(proxyBeanMethods = false)
class OperationLimitsConfiguration {

	/**
	 * Both limits from one traversal of the operation, before any data is fetched: the depth first, then the
	 * complexity (two instrumentations of graphql-java traversed it once each, about 8% of a relation page's request
	 * thread together).
	 * <p>
	 * The depth limit counts the fields that read data. Introspection ({@code __schema}, {@code __type}) is left to
	 * graphql-java's {@link graphql.introspection.GoodFaithIntrospection}, on by default: one {@code __schema} or
	 * {@code __type} per operation, no {@code __Type} field repeated (no cycles), at most 20 levels and 500 fields. So
	 * the standard introspection query of GraphiQL and graphql-js (about 14 levels of {@code ofType}) passes, while a
	 * crafted one is refused, and a deep data query next to introspection is still held to the limit.
	 * <p>
	 * The complexity is graphql-java's ({@link graphql.analysis.QueryComplexityCalculator}, which
	 * {@link graphql.analysis.MaxQueryComplexityInstrumentation} uses): each field's {@link #complexity} given the
	 * sum of its selections', {@code __typename} free, summed over the top-level fields.
	 */
	@Bean
	Instrumentation operationLimitsInstrumentation(ApiLimits limits) {
		return new SimplePerformantInstrumentation() {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(
					InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
				ExecutionContext context = parameters.getExecutionContext();
				Measured measured = measure(context.getGraphQLSchema(), context.getDocument(),
						context.getExecutionInput().getOperationName(), context.getCoercedVariables(), limits);
				if (measured.depth() > limits.maxDepth()) {
					throw badRequest("query depth " + measured.depth() + " is out of range: allowed 1.."
							+ limits.maxDepth());
				}
				if (measured.complexity() > limits.maxComplexity()) {
					throw badRequest("query complexity " + measured.complexity() + " is out of range: allowed 1.."
							+ limits.maxComplexity() + " (each field counts 1 plus its selections times its page size"
							+ " `first` or `k`; expensive fields count more, e.g. ranking " + FIELD_COSTS.get("ranking")
							+ ", subgraph " + FIELD_COSTS.get("subgraph") + " plus limit/10, search "
							+ FIELD_COSTS.get("search") + ", and every alias counts again: see docs/api.md)");
				}
				return SimpleInstrumentationContext.noOp();
			}

		};
	}

	/** An operation's depth of data fields and its complexity. */
	record Measured(int depth, int complexity) {
	}

	/**
	 * The operation's deepest nesting of fields outside introspection (a top-level field is at depth 1) and its
	 * complexity, in one traversal.
	 */
	static Measured measure(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables,
			ApiLimits limits) {
		QueryTraverser traverser = QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(variables)
			.build();
		int[] deepest = { 0 };
		// as QueryComplexityCalculator: each field's complexity added to its parent's sum (null: the operation's)
		Map<QueryVisitorFieldEnvironment, Integer> byParent = new HashMap<>();
		traverser.visitPostOrder(new QueryVisitorStub() {

			@Override
			public void visitField(QueryVisitorFieldEnvironment field) {
				int depth = 1;
				QueryVisitorFieldEnvironment top = field;
				while (top.getParentEnvironment() != null) {
					top = top.getParentEnvironment();
					depth++;
				}
				String name = top.getField().getName();
				if (!name.equals(Introspection.SchemaMetaFieldDef.getName())
						&& !name.equals(Introspection.TypeMetaFieldDef.getName())) {
					deepest[0] = Math.max(deepest[0], depth);
				}
				int value = field.isTypeNameIntrospectionField() ? 0
						: complexity(complexityEnvironment(field), byParent.getOrDefault(field, 0), limits);
				byParent.merge(field.getParentEnvironment(), value, Integer::sum);
			}

		});
		return new Measured(deepest[0], byParent.getOrDefault(null, 0));
	}

	/** The field as a complexity calculator sees it (converted as graphql-java's calculator converts it). */
	private static FieldComplexityEnvironment complexityEnvironment(QueryVisitorFieldEnvironment field) {
		QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
		return new FieldComplexityEnvironment(field.getField(), field.getFieldDefinition(),
				(GraphQLCompositeType) field.getFieldsContainer(), field.getArguments(),
				parent == null ? null : complexityEnvironment(parent));
	}

	/**
	 * What an expensive root field costs by itself, before its selections: the work it makes the server do (a path
	 * search, a PageRank, a full-text query, a neighbourhood walk) whatever it returns. Each alias of a field is a
	 * field of its own and pays again, so 1,000 aliased {@code ranking} fields cost 1,000 rankings.
	 */
	static final Map<String, Integer> FIELD_COSTS = Map.of("influencePaths", 100, "exposure", 100, "exposureChanges",
			200, "ranking", 200, "subgraph", 100, "search", 20, "fundingSummary", 50, "entities", 10, "relations", 10);

	/** The cost of an entity's nested {@code relations} (batch-loaded), before its selections. */
	static final int NESTED_RELATIONS_COST = 5;

	/** The cost of a mutation field, before its selections: one validated write transaction. */
	static final int MUTATION_COST = 20;

	/**
	 * A field costs its own price (one, or {@link #FIELD_COSTS} for the expensive root fields, more for a subgraph
	 * with a larger {@code limit}), plus its selections as many times as it may return items: a listing with
	 * {@code first: 50} whose items select 10 fields costs 10 + 50 x 10, {@code influencePaths} multiplies by
	 * {@code k}. So the budget bounds the work and the size of an answer, not of a document. A {@code first}, {@code k}
	 * or {@code limit} over its limit counts as the limit, so that its own, clearer error reports it. Introspection
	 * fields cost one each, so GraphiQL's schema query passes.
	 */
	static int complexity(FieldComplexityEnvironment field, int childComplexity, ApiLimits limits) {
		Map<String, Object> arguments = field.getArguments();
		long times = 1;
		if (arguments.get("first") instanceof Number first) {
			times = Math.max(1, Math.min(limits.maxFirst(), first.longValue()));
		}
		else if (arguments.get("k") instanceof Number k) {
			times = Math.max(1, Math.min(limits.maxK(), k.longValue()));
		}
		return (int) Math.min(Integer.MAX_VALUE / 2, ownCost(field, limits) + times * childComplexity);
	}

	private static long ownCost(FieldComplexityEnvironment field, ApiLimits limits) {
		String name = field.getField().getName();
		String parent = field.getParentType().getName();
		if ("Mutation".equals(parent)) {
			return MUTATION_COST;
		}
		if (!"Query".equals(parent)) {
			return "relations".equals(name) ? NESTED_RELATIONS_COST : 1;
		}
		long cost = FIELD_COSTS.getOrDefault(name, 1);
		if ("subgraph".equals(name) && field.getArguments().get("limit") instanceof Number limit) {
			cost += Math.max(1, Math.min(limits.maxSubgraphLimit(), limit.longValue())) / 10;
		}
		return cost;
	}

	private static AbortExecutionException badRequest(String message) {
		return new AbortExecutionException(List.of(ApiError.of(ErrorKind.BAD_REQUEST, message).graphQlError()));
	}

}
