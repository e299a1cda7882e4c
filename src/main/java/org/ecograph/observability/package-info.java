/**
 * What an operator sees of a running instance: the analysis projection's metrics (version, lag behind the database,
 * build and refresh times, memory) and its readiness, the analysis caches' hits and sizes, and the settings of the
 * slow-operation log ({@link org.ecograph.observability.ObservabilityProperties}). The GraphQL side (per-operation
 * names on {@code graphql.request}, the slow-operation log) is one floor below, in
 * {@link org.ecograph.observability.graphql}. Metrics are exposed at {@code /actuator/prometheus} to admin tokens;
 * see docs/observability.md. Nothing else in the application uses this package.
 */
package org.ecograph.observability;
