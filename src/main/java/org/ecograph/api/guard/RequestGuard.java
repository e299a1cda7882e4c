package org.ecograph.api.guard;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import graphql.ExecutionResult;
import org.ecograph.api.ApiError;
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
 * {@link ExpensiveOperationGate} for as long as it runs. A client is its token's name when it sent one, else its
 * address.
 */
@Component
class RequestGuard implements WebGraphQlInterceptor {

	/**
	 * Any mention of an expensive field in the document: a cheap over-approximation (a comment naming one also
	 * counts), which only makes an operation wait for a slot it may not have needed.
	 */
	static final Pattern EXPENSIVE = Pattern
		.compile("\\b(influencePaths|exposure|ranking|subgraph|search|fundingSummary)\\b");

	private final RequestLimits limits;

	private final ExpensiveOperationGate gate;

	RequestGuard(RequestLimits limits, ExpensiveOperationGate gate) {
		this.limits = limits;
		this.gate = gate;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long deadline = System.nanoTime() + this.limits.timeout().toNanos();
		request.configureExecutionInput((input, builder) -> builder
			.graphQLContext(Map.of(RequestDeadlineInstrumentation.DEADLINE, deadline,
					RequestDeadlineInstrumentation.TIMEOUT, this.limits.timeout()))
			.build());
		if (!EXPENSIVE.matcher(request.getDocument()).find()) {
			return chain.next(request);
		}
		ExpensiveOperationGate.Permit permit;
		try {
			permit = this.gate.enter(client(request));
		}
		catch (UnavailableException ex) {
			return Mono.just(busy(request, ex));
		}
		return Mono.defer(() -> chain.next(request)).doFinally(signal -> permit.release());
	}

	private static String client(WebGraphQlRequest request) {
		Optional<Caller> caller = Caller.current();
		if (caller.isPresent()) {
			return "token:" + caller.get().tokenId();
		}
		InetSocketAddress address = request.getRemoteAddress();
		return address == null ? "unknown" : "address:" + address.getAddress().getHostAddress();
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
