package org.ecograph.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounds every request is held to, so that no query can ask the database for unbounded work.
 * The {@code @DefaultValue}s are the one place the defaults are written: {@code application.properties} does not
 * restate them, clients read the values in force from the {@code limits} query, and the schema's descriptions name
 * them ({@code limits.maxHops}) with the default beside (held to these by {@code LimitsStatedOnceTest}).
 *
 * @param maxHops the longest path (in relations) an analysis may follow ({@code ecograph.api.max-hops})
 * @param maxK the most results (paths, ranked entities) an analysis may return ({@code ecograph.api.max-k})
 * @param maxFirst the largest page size of any listing ({@code ecograph.api.max-first})
 * @param maxSubgraphHops the most hops of {@code subgraph} ({@code ecograph.api.max-subgraph-hops})
 * @param maxSubgraphLimit the most nodes {@code subgraph} may return ({@code ecograph.api.max-subgraph-limit})
 * @param maxDepth the deepest nesting of fields in an operation ({@code ecograph.api.max-depth})
 * @param maxComplexity the largest complexity of an operation: each field counts one plus its selections, times its
 * page size {@code first} when it has one ({@code ecograph.api.max-complexity})
 */
@ConfigurationProperties("ecograph.api")
public record ApiLimits(@DefaultValue("6") int maxHops, @DefaultValue("20") int maxK,
		@DefaultValue("100") int maxFirst, @DefaultValue("3") int maxSubgraphHops,
		@DefaultValue("5000") int maxSubgraphLimit, @DefaultValue("12") int maxDepth,
		@DefaultValue("5000") int maxComplexity) {

}
