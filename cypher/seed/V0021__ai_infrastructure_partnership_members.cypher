// V0021: membership of the AI Infrastructure Partnership (AIP) as MEMBER_OF claims (issue 9, re-audit).
// The report names four founders of one partnership. V0003 linked Microsoft to each of the other three pairwise
// (PARTNERS_WITH), which made Microsoft-Nvidia, Microsoft-BlackRock and Microsoft-xAI look like direct partnerships
// and left "who is in AIP" unanswerable. Here each founder becomes a member of the partnership entity, and the three
// pairwise claims are retracted: kept in the graph with the reason, hidden from listings and analysis unless
// includeRetracted is asked for (see docs/seed-report.md, "Re-audit").
// Microsoft's LEADS claim stays: the report presents Microsoft as the leader (V0023 marks that as an inference).

MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'program:ai-infrastructure-partnership'})
MERGE (a)-[r:MEMBER_OF {id: 'claim:microsoft-member-of-ai-infrastructure-partnership'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.75,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”',
  role: 'founding member',
  scope: 'founded the AI Infrastructure Partnership with BlackRock, Nvidia and xAI',
  recordedAt: date('2026-12-01')
};
MATCH (a:Entity {id: 'company:blackrock'}), (b:Entity {id: 'program:ai-infrastructure-partnership'})
MERGE (a)-[r:MEMBER_OF {id: 'claim:blackrock-member-of-ai-infrastructure-partnership'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.75,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”',
  role: 'founding member',
  scope: 'founded the AI Infrastructure Partnership with Microsoft, Nvidia and xAI',
  recordedAt: date('2026-12-01')
};
MATCH (a:Entity {id: 'company:nvidia'}), (b:Entity {id: 'program:ai-infrastructure-partnership'})
MERGE (a)-[r:MEMBER_OF {id: 'claim:nvidia-member-of-ai-infrastructure-partnership'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”',
  role: 'founding member',
  scope: 'founded the AI Infrastructure Partnership with Microsoft, BlackRock and xAI',
  note: 'Member as the report says, but publicly Nvidia joined the partnership in 2025 rather than founding it (launched in September 2024 by BlackRock, Global Infrastructure Partners, Microsoft and MGX).',
  recordedAt: date('2026-12-01')
};
MATCH (a:Entity {id: 'company:xai'}), (b:Entity {id: 'program:ai-infrastructure-partnership'})
MERGE (a)-[r:MEMBER_OF {id: 'claim:xai-member-of-ai-infrastructure-partnership'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”',
  role: 'founding member',
  scope: 'founded the AI Infrastructure Partnership with Microsoft, BlackRock and Nvidia',
  note: 'Member as the report says, but publicly xAI joined the partnership in 2025 rather than founding it.',
  recordedAt: date('2026-12-01')
};

// The pairwise claims restated the membership as partnerships between the members: retracted, not deleted.
MATCH (:Entity {id: 'company:microsoft'})-[r:PARTNERS_WITH {id: 'claim:microsoft-partners-with-blackrock'}]->(:Entity {id: 'company:blackrock'})
SET r.retractedAt = date('2026-12-01'),
    r.retractionReason = 'Superseded by MEMBER_OF claims of both companies to program:ai-infrastructure-partnership (V0021): the sentence says they founded the partnership together, not that they partner with each other.';
MATCH (:Entity {id: 'company:microsoft'})-[r:PARTNERS_WITH {id: 'claim:microsoft-partners-with-nvidia'}]->(:Entity {id: 'company:nvidia'})
SET r.retractedAt = date('2026-12-01'),
    r.retractionReason = 'Superseded by MEMBER_OF claims of both companies to program:ai-infrastructure-partnership (V0021): the sentence says they founded the partnership together, not that they partner with each other.';
MATCH (:Entity {id: 'company:microsoft'})-[r:PARTNERS_WITH {id: 'claim:microsoft-partners-with-xai'}]->(:Entity {id: 'company:xai'})
SET r.retractedAt = date('2026-12-01'),
    r.retractionReason = 'Superseded by MEMBER_OF claims of both companies to program:ai-infrastructure-partnership (V0021): the sentence says they founded the partnership together, not that they partner with each other.';
