/**
 * Exposure: integrated shares over the simple paths of at most a few steps from one entity
 * ({@link org.ecograph.analysis.exposure.ExposureEngine}): walk algebra and inclusion-exclusion up to three steps,
 * a budgeted enumeration beyond, and the strongest routes per counterpart.
 */
package org.ecograph.analysis.exposure;
