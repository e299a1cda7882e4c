package org.ecograph.api.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bounds on whole HTTP requests to the GraphQL endpoint, beside the per-operation {@link ApiLimits}.
 *
 * @param maxBodySize the largest request body read; a larger one is refused with 413 before it is parsed
 * ({@code ecograph.api.request.max-body-size}, e.g. {@code 1MB})
 * @param maxVariablesSize the largest {@code variables} object, as JSON ({@code ecograph.api.request.max-variables-size})
 * @param timeout the wall-clock limit of one request: no data is fetched for it once this has passed since it
 * started, and the fields left are answered with an error saying so ({@code ecograph.api.request.timeout})
 * @param maxConcurrentExpensive how many operations with expensive fields (paths, exposure, ranking, subgraph,
 * search, funding summaries) run at once over all clients ({@code ecograph.api.request.max-concurrent-expensive})
 * @param maxConcurrentExpensivePerClient how many of those one anonymous client (one address, sending no token) may
 * run at once, so that one client cannot take every slot; everyone behind one proxy shares these
 * ({@code ecograph.api.request.max-concurrent-expensive-per-client})
 * @param busyWait how long an expensive operation waits for a free slot before it is answered UNAVAILABLE "busy,
 * retry" ({@code ecograph.api.request.busy-wait})
 * @param maxConcurrentExpensivePerToken how many of those one token may run at once, wherever its requests come from
 * (a front-end server or a notebook sending a token gets slots of its own, not its address's)
 * ({@code ecograph.api.request.max-concurrent-expensive-per-token})
 */
@ConfigurationProperties("ecograph.api.request")
public record RequestLimits(@DefaultValue("1MB") DataSize maxBodySize,
		@DefaultValue("256KB") DataSize maxVariablesSize, @DefaultValue("15s") Duration timeout,
		@DefaultValue("8") int maxConcurrentExpensive, @DefaultValue("4") int maxConcurrentExpensivePerClient,
		@DefaultValue("2s") Duration busyWait, @DefaultValue("4") int maxConcurrentExpensivePerToken) {

}
