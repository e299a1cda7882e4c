package org.ecograph.api.guard;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import graphql.ExecutionResult;
import graphql.language.OperationDefinition;
import org.ecograph.api.ApiError;
import org.ecograph.api.graphql.runtime.Documents;
import org.ecograph.api.graphql.runtime.ParsedDocument;
import org.ecograph.model.UnavailableException;
import org.ecograph.security.Caller;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Holds every GraphQL request over HTTP to its wall-clock limit and its share of the expensive slots: stamps the
 * request's deadline ({@link RequestLimits#timeout()} from now) into the GraphQL context for
 * {@link RequestDeadlineInstrumentation}, and makes an operation that names an expensive field take a slot of the
 * {@link ExpensiveOperationGate} for as long as it runs; every other query and mutation waits for its turn in the
 * {@link RequestAdmission} line. A client is its token when it sent one, else its address.
 */
@Component
class RequestGuard implements WebGraphQlInterceptor {

	/**
	 * The top-level fields that make an operation expensive: each is a path search, an exposure walk (or two, and
	 * their chains: {@code exposureChanges}), a PageRank, a neighbourhood, a full-text query or a funding sum over the
	 * graph, whatever it returns. Everything else (an
	 * entity by id, a page of relations, even {@code relations(first: 0)}) is cheap and never waits for a slot.
	 */
	static final Set<String> EXPENSIVE = Set.of("influencePaths", "exposure", "exposureChanges", "ranking", "subgraph",
			"search", "fundingSummary");

	private final RequestLimits limits;

	private final ExpensiveOperationGate gate;

	private final Documents documents;

	private final RequestAdmission admission;

	RequestGuard(RequestLimits limits, ExpensiveOperationGate gate, Documents documents, RequestAdmission admission) {
		this.limits = limits;
		this.gate = gate;
		this.documents = documents;
		this.admission = admission;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long deadline = System.nanoTime() + this.limits.timeout().toNanos();
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(RequestDeadlineInstrumentation.DEADLINE, deadline,
					RequestDeadlineInstrumentation.TIMEOUT, this.limits.timeout()))
			.build());
		ParsedDocument parsed = this.documents.parse(request.getDocument());
		OperationDefinition.Operation type = parsed.operation(request.getOperationName())
			.map(OperationDefinition::getOperation)
			.orElse(null);
		if (type == OperationDefinition.Operation.SUBSCRIPTION) {
			return chain.next(request);
		}
		boolean expensive = expensive(parsed, request);
		ExpensiveOperationGate.Permit permit = null;
		RequestAdmission.Slot slot;
		try {
			if (expensive) {
				permit = this.gate.enter(client(request));
			}
			// an expensive operation is bounded by its own gate, not held here: a cheap request never waits for one
			slot = expensive ? RequestAdmission.Slot.NONE
					: this.admission.enter(type == OperationDefinition.Operation.MUTATION
							? RequestAdmission.Priority.MUTATION : RequestAdmission.Priority.READ);
		}
		catch (UnavailableException ex) {
			if (permit != null) {
				permit.release();
			}
			return Mono.just(busy(request, ex));
		}
		ExpensiveOperationGate.Permit taken = permit;
		return Mono.defer(() -> chain.next(request)).doFinally(signal -> {
			slot.release();
			if (taken != null) {
				taken.release();
			}
		});
	}

	/**
	 * Whether the operation the request runs selects an expensive top-level field (through fragments too). A document
	 * refused before validation or not parsable runs nothing, so takes no slot.
	 */
	private static boolean expensive(ParsedDocument parsed, WebGraphQlRequest request) {
		Set<String> fields = parsed.rootFields(request.getOperationName());
		return fields.stream().anyMatch(EXPENSIVE::contains);
	}

	private static ExpensiveOperationGate.Client client(WebGraphQlRequest request) {
		Optional<Caller> caller = Caller.current();
		if (caller.isPresent()) {
			return ExpensiveOperationGate.Client.token(String.valueOf(caller.get().tokenId()));
		}
		InetSocketAddress address = request.getRemoteAddress();
		return ExpensiveOperationGate.Client
			.address(address == null || address.getAddress() == null ? "unknown" : address.getAddress().getHostAddress());
	}

	private static WebGraphQlResponse busy(WebGraphQlRequest request, UnavailableException ex) {
		ApiError error = ApiError.of(ex);
		ExecutionResult result = ExecutionResult.newExecutionResult().errors(List.of(error.graphQlError())).build();
		WebGraphQlResponse response = new WebGraphQlResponse(
				new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
		response.getResponseHeaders().addAll(error.headers());
		return response;
	}

}
