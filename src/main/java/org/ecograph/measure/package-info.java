/**
 * Measures: the numbers a source states, typed with their unit, period, status and sentence ({@code (:Measure)}
 * nodes about an entity or a claim). Looks them up by subject and metric, lists the metrics the graph holds, and adds
 * them up by state or by program without ever splitting a figure the source gives for several places together or
 * counting a part beside its whole. Read-only; knows nothing of GraphQL.
 */
package org.ecograph.measure;
