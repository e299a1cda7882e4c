/**
 * The in-memory claim graph: {@link org.ecograph.analysis.projection.ClaimProjection}, a compact snapshot of one graph
 * version (entities interned to ints, claims in primitive columns, adjacency in CSR form) read through small accessors;
 * how it is built and patched from the database ({@link org.ecograph.analysis.projection.ProjectionLoader}), saved
 * ({@link org.ecograph.analysis.projection.ProjectionFile}) and kept current
 * ({@link org.ecograph.analysis.projection.ProjectionHolder}); the filter and step weights every algorithm applies, and
 * per-request scratch ({@link org.ecograph.analysis.projection.NodeMarks}). Depends on no other analysis package.
 */
package org.ecograph.analysis.projection;
