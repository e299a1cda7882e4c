package org.ecograph.observability.graphql;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.ecograph.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each GraphQL operation that took at least {@code ecograph.observability.slow-operation}, one line on the
 * logger {@value #LOGGER} at INFO:
 * {@code slow operation name=influencePaths type=query durationMs=734 fields=12 graphVersion=42 role=ANALYST errors=0}.
 * The name is the document's own or its top-level fields ({@link OperationNames#of}); {@code fields} counts the fields
 * the operation selects, fragments expanded and aliases counted, as its cost; the graph version is the one the answer
 * states ({@code extensions.graphVersion}), else the one the instance's analysis last saw ({@code -1} before its first
 * snapshot): never a database read, so a slow database does not slow the log, nor a test that counts queries. Nothing
 * a client sent as a value (variables, literals, the query text) is ever logged.
 */
final class SlowOperationLog extends SimplePerformantInstrumentation {

	static final String LOGGER = "org.ecograph.slow";

	private static final Logger log = LoggerFactory.getLogger(LOGGER);

	/** A field count past which counting stops (the operation limits refuse far less). */
	static final int MAX_COUNTED_FIELDS = 100_000;

	private final long thresholdNanos;

	private final LongSupplier graphVersion;

	/**
	 * @param threshold the shortest duration logged
	 * @param graphVersion the graph version the instance last saw, for an answer that states none; -1 for unknown
	 */
	SlowOperationLog(Duration threshold, LongSupplier graphVersion) {
		this.thresholdNanos = threshold.toNanos();
		this.graphVersion = graphVersion;
	}

	/** What one execution needs at its end. */
	private static final class Timing implements InstrumentationState {

		private final long started = System.nanoTime();

		private volatile String role = "anonymous";

		private volatile ExecutionContext context;

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new Timing();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		if (!(state instanceof Timing timing)) {
			return SimpleInstrumentationContext.noOp();
		}
		// the request's thread: the caller is known here, maybe not on the thread that completes the result
		Caller.current().ifPresent(caller -> timing.role = caller.role().name());
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> completed(timing, result));
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		if (state instanceof Timing timing) {
			timing.context = parameters.getExecutionContext();
		}
		return SimpleInstrumentationContext.noOp();
	}

	private void completed(Timing timing, ExecutionResult result) {
		long nanos = System.nanoTime() - timing.started;
		if (nanos < this.thresholdNanos || !log.isInfoEnabled()) {
			return;
		}
		ExecutionContext context = timing.context;
		String name = context == null ? OperationNames.INVALID : OperationNames.of(context.getOperationDefinition());
		String type = context == null ? "none"
				: context.getOperationDefinition().getOperation().name().toLowerCase(Locale.ROOT);
		log.info("slow operation name={} type={} durationMs={} fields={} graphVersion={} role={} errors={}", name, type,
				nanos / 1_000_000, context == null ? 0 : fields(context), graphVersion(result), timing.role,
				result == null ? 0 : result.getErrors().size());
	}

	/** The fields the operation selects, as executed ({@code @skip}/{@code @include} applied), capped. */
	static int fields(ExecutionContext context) {
		try {
			return QueryTraverser.newQueryTraverser()
				.schema(context.getGraphQLSchema())
				.document(context.getDocument())
				.operationName(context.getOperationDefinition().getName())
				.coercedVariables(context.getCoercedVariables())
				.build()
				.reducePreOrder((field, count) -> Math.min(MAX_COUNTED_FIELDS, count + 1), 0);
		}
		catch (RuntimeException ex) {
			return -1;
		}
	}

	private String graphVersion(ExecutionResult result) {
		Map<Object, Object> extensions = result == null ? null : result.getExtensions();
		if (extensions != null && extensions.get("graphVersion") instanceof Number stated) {
			return Long.toString(stated.longValue());
		}
		long seen = this.graphVersion.getAsLong();
		return seen < 0 ? "unknown" : Long.toString(seen);
	}

}
