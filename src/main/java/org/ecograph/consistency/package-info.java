/**
 * Consistency checks over the figures of the graph, as a query: shares of one total that exceed 1, figures that
 * contradict each other, unit errors, parts that exceed their whole, data used before its source says it is
 * published. A source's own errors are reported here, never fixed in the data. Read-only; knows nothing of GraphQL.
 */
package org.ecograph.consistency;
