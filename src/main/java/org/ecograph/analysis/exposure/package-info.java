/**
 * Exposure: integrated shares over the simple paths of at most a few steps from one entity
 * ({@link org.ecograph.analysis.exposure.ExposureEngine}): walk algebra and inclusion-exclusion up to three steps,
 * a budgeted enumeration beyond, and the strongest routes per counterpart. A scenario's exposure asked cold is
 * computed with the plain one in one walk over the snapshot and the overlay
 * ({@link org.ecograph.analysis.exposure.ExposureEngine#computeJoint}, {@link org.ecograph.analysis.exposure.JointWalk}),
 * each answer bit for bit the one computed alone.
 */
package org.ecograph.analysis.exposure;
