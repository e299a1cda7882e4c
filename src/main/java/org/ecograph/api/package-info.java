/**
 * The API's shared floor: what its sub-packages have in common and nothing else. The bounds on every request
 * ({@link org.ecograph.api.ApiLimits}, checked by {@link org.ecograph.api.Limits}), the arguments that GraphQL and the
 * export share ({@link org.ecograph.api.ClaimFilterArguments}, {@link org.ecograph.api.SubgraphArguments}), and the one
 * classification and rendering of failures ({@link org.ecograph.api.ApiErrors}, {@link org.ecograph.api.ApiError}).
 * <ul>
 * <li>{@code api.graphql}: the controllers of the schema in the top-level {@code graphql/} folder, their argument
 * records, the data loaders and the exception handler;</li>
 * <li>{@code api.graphql.runtime}: scalars, type resolution, schema inspection, connections, the document cache;</li>
 * <li>{@code api.http}: the export endpoint;</li>
 * <li>{@code api.guard}: what every request passes before it is answered: the security filter chain, the request
 * filter, the slots for expensive operations, the deadline and the operation limits.</li>
 * </ul>
 * This package imports none of its sub-packages, the sub-packages form no cycle, and nothing outside {@code api}
 * imports {@code api}.
 */
package org.ecograph.api;
