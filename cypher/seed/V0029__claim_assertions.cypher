// V0029: every claim loaded so far gets its first assertion (docs/data-model.md, "Assertions"): the source it cites
// first, its quote and its figures as they stand, rank NORMAL, recorded when the claim was (now for a claim not
// stamped yet: the loader stamps the claims of this very load at its commit). The claim keeps its figures: resolving
// its one assertion gives them back unchanged.
// Idempotent: a claim that already has an assertion is left as it is. Id: assertion:<claim slug>-origin.

MATCH (:Entity)-[r]->(:Entity)
WHERE r.id STARTS WITH 'claim:' AND NOT EXISTS { MATCH (x:Assertion {claim: r.id}) }
CREATE (:Assertion {
  id: 'assertion:' + substring(r.id, 6) + '-origin',
  claim: r.id,
  source: r.sources[0],
  quote: r.quote,
  amountUsd: r.amountUsd,
  amountKind: r.amountKind,
  shareOfSource: r.shareOfSource,
  shareOfTarget: r.shareOfTarget,
  status: r.status,
  validFrom: r.validFrom,
  validTo: r.validTo,
  confidence: r.confidence,
  rank: 'NORMAL',
  recordedAt: coalesce(r.recordedAt, datetime()),
  lastSeen: datetime()
});
