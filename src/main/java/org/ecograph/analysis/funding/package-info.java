/**
 * Funding summaries: who funds an entity, how much, with what share, and whether the figures add up
 * ({@link org.ecograph.analysis.funding.FundingAggregator}), over the funding claims its own query reads.
 */
package org.ecograph.analysis.funding;
