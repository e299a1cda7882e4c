// V0034: the claims recorded or retracted in a window of time (knowledgeChanges' CLAIM_RECORDED and CLAIM_RETRACTED;
// docs/data-model.md, "As known on a day"): a range index on each claim relationship type's `recordedAt` and
// `retractedAt`, so the claims a window touched are range seeks, never a scan of a type. One pair per relation kind
// (RelationKind; ClaimTimeIndexesTest holds this list to it). Idempotent (IF NOT EXISTS).

CREATE INDEX claim_recorded_at_partners_with IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_partners_with IF NOT EXISTS FOR ()-[r:PARTNERS_WITH]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_funds IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_funds IF NOT EXISTS FOR ()-[r:FUNDS]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_supplies IF NOT EXISTS FOR ()-[r:SUPPLIES]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_accesses_data IF NOT EXISTS FOR ()-[r:ACCESSES_DATA]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_accesses_data IF NOT EXISTS FOR ()-[r:ACCESSES_DATA]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_publishes IF NOT EXISTS FOR ()-[r:PUBLISHES]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_publishes IF NOT EXISTS FOR ()-[r:PUBLISHES]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_administers IF NOT EXISTS FOR ()-[r:ADMINISTERS]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_administers IF NOT EXISTS FOR ()-[r:ADMINISTERS]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_leads IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_owns IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_owns IF NOT EXISTS FOR ()-[r:OWNS]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_located_in IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_focuses_on IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_focuses_on IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_develops IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_develops IF NOT EXISTS FOR ()-[r:DEVELOPS]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_regulates IF NOT EXISTS FOR ()-[r:REGULATES]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_regulates IF NOT EXISTS FOR ()-[r:REGULATES]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_supports IF NOT EXISTS FOR ()-[r:SUPPORTS]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_opposes IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_opposes IF NOT EXISTS FOR ()-[r:OPPOSES]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_competes_with IF NOT EXISTS FOR ()-[r:COMPETES_WITH]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_competes_with IF NOT EXISTS FOR ()-[r:COMPETES_WITH]-() ON (r.retractedAt);
CREATE INDEX claim_recorded_at_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.recordedAt);
CREATE INDEX claim_retracted_at_member_of IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.retractedAt);
