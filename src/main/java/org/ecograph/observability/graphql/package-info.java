/**
 * The GraphQL side of observability: the bounded operation name that Spring for GraphQL's {@code graphql.request}
 * observations carry as a metric tag ({@link org.ecograph.observability.graphql.OperationNames}), and the
 * slow-operation log ({@link org.ecograph.observability.graphql.SlowOperationLog}). The only package outside the API
 * that knows GraphQL: it observes executions, it answers none.
 */
package org.ecograph.observability.graphql;
