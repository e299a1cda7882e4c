// V0032: relations the report states but the seed lacked (issue 16, re-audit sentence by sentence; docs/seed-report.md
// "Relations added"). Each is a claim of source:c9490bf9877dc2fc with its quote (a verbatim part of one sentence),
// status, confidence and, where the sentence only implies the link, inferred: true and what was read into it; and its
// origin assertion (assertion:<claim slug>-origin, as V0029 writes them), attributed where the sentence attributes it.
// Kinds, entity ids and vocabulary are the existing ones: no entity is added. Relations the report only hints at, or
// that would restate a claim the seed already has in another shape, are left out (listed in docs/seed-report.md).
// One statement per relation kind (a relationship type cannot be a parameter), so the loader plans few statements.

UNWIND [
  // line 13: OpenAI's fusion work
  {id: 'claim:openai-develops-nuclear-fusion', from: 'company:openai', to: 'technology:nuclear-fusion', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.35, quote: '基于联邦聚变实验数据开发专用AI模型,将聚变反应的模拟时间从原来的3个月缩短至48小时,加速商业化进程', role: 'AI model developer', scope: 'specialised AI models that simulate fusion reactions, built on federal fusion experiment data under its DOE cooperation', inferred: true, inference: 'The link: the sentence says OpenAI develops AI models that simulate fusion reactions (聚变反应的模拟时间), read as OpenAI working on nuclear fusion.', note: 'The cut of the simulation time from 3 months to 48 hours is unverified (see claim:openai-accesses-federal-fusion-experiment-data).'}},
  // line 29
  {id: 'claim:pfizer-develops-biotechnology', from: 'company:pfizer', to: 'technology:biotechnology', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.6, quote: '生物科学技术领域可关注辉瑞、Moderna(利用联邦数据加速新药研发,研发效率提升显著)', role: 'drug developer', scope: 'new-drug research', inferred: true, inference: 'The link: the sentence lists Pfizer under the biotechnology field (生物科学技术领域) for its new-drug research, read as Pfizer developing biotechnology.'}},
  // line 29
  {id: 'claim:moderna-develops-biotechnology', from: 'company:moderna', to: 'technology:biotechnology', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.6, quote: '生物科学技术领域可关注辉瑞、Moderna(利用联邦数据加速新药研发,研发效率提升显著)', role: 'drug developer', scope: 'new-drug research', inferred: true, inference: 'The link: the sentence lists Moderna under the biotechnology field (生物科学技术领域) for its new-drug research, read as Moderna developing biotechnology.'}}
] AS claim
MATCH (a:Entity {id: claim.from}), (b:Entity {id: claim.to})
MERGE (a)-[r:DEVELOPS {id: claim.id}]->(b)
SET r += claim.props
MERGE (x:Assertion {id: 'assertion:' + substring(claim.id, 6) + '-origin'})
ON CREATE SET x.recordedAt = datetime()
SET x += {claim: r.id, source: r.sources[0], quote: r.quote, status: r.status, confidence: r.confidence,
          attributedTo: claim.attributedTo, citedDocument: claim.citedDocument, rank: 'NORMAL', lastSeen: datetime()};

UNWIND [
  // line 13: the Genesis Mission's open federal data
  {id: 'claim:genesis-mission-owns-federal-open-data', from: 'program:genesis-mission', to: 'dataset:federal-open-data', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.45, quote: '创世纪计划推动的“联邦数据开放”,为AI模型研发提供了稀缺资源', role: 'drives the opening of federal data', inferred: true, inference: 'The link: the sentence says the Genesis Mission drives the opening of federal data (创世纪计划推动的“联邦数据开放”), read as the open data being part of the mission, as its federal biological data platform is.'}},
  // line 13: a dataset the open data comprises (其中)
  {id: 'claim:federal-open-data-owns-nih-clinical-data', from: 'dataset:federal-open-data', to: 'dataset:nih-clinical-data', attributedTo: 'agency:us-doe', citedDocument: 'DOE plan (能源部规划)',
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'PLANNED', confidence: 0.4, quote: '2026年起将逐步开放能源、医疗、气象等领域的联邦数据,其中仅国家卫生研究院(NIH)的临床数据就涵盖1.2亿份病例', role: 'part of the collection', scope: 'the clinical records of the health field', note: 'NIH belongs to the Department of Health and Human Services, not to DOE, whose plan the sentence cites.'}},
  // line 13: a dataset the open data comprises (气象)
  {id: 'claim:federal-open-data-owns-federal-weather-data', from: 'dataset:federal-open-data', to: 'dataset:federal-weather-data', attributedTo: 'agency:us-doe', citedDocument: 'DOE plan (能源部规划)',
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'PLANNED', confidence: 0.4, quote: '2026年起将逐步开放能源、医疗、气象等领域的联邦数据', role: 'part of the collection', scope: 'the meteorology field', inferred: true, inference: 'The dataset: the DOE plan names meteorology among the fields of federal data it opens (气象等领域的联邦数据), and the federal meteorological data that Azure OpenAI Service draws on is read as that part.'}}
] AS claim
MATCH (a:Entity {id: claim.from}), (b:Entity {id: claim.to})
MERGE (a)-[r:OWNS {id: claim.id}]->(b)
SET r += claim.props
MERGE (x:Assertion {id: 'assertion:' + substring(claim.id, 6) + '-origin'})
ON CREATE SET x.recordedAt = datetime()
SET x += {claim: r.id, source: r.sources[0], quote: r.quote, status: r.status, confidence: r.confidence,
          attributedTo: claim.attributedTo, citedDocument: claim.citedDocument, rank: 'NORMAL', lastSeen: datetime()};

UNWIND [
  // line 10: what the blue-state amendment targets
  {id: 'claim:blue-state-allocation-amendment-regulates-stargate', from: 'program:blue-state-allocation-amendment', to: 'program:stargate', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'PROPOSED', confidence: 0.3, quote: '国会中来自蓝州的议员则提出“每投资10亿美元需向蓝州倾斜3亿美元”的修正案', role: 'proposed amendment', scope: 'would direct 300 million USD of every 1 billion USD invested to blue states', inferred: true, inference: 'The target: the amendment names no project (每投资10亿美元), read as Stargate because the paragraph is about the sites of its five data centers and its appropriation.', note: 'No such amendment can be identified in public records.'}}
] AS claim
MATCH (a:Entity {id: claim.from}), (b:Entity {id: claim.to})
MERGE (a)-[r:REGULATES {id: claim.id}]->(b)
SET r += claim.props
MERGE (x:Assertion {id: 'assertion:' + substring(claim.id, 6) + '-origin'})
ON CREATE SET x.recordedAt = datetime()
SET x += {claim: r.id, source: r.sources[0], quote: r.quote, status: r.status, confidence: r.confidence,
          attributedTo: claim.attributedTo, citedDocument: claim.citedDocument, rank: 'NORMAL', lastSeen: datetime()};

UNWIND [
  // line 5
  {id: 'claim:stargate-focuses-on-ai-data-centers', from: 'program:stargate', to: 'technology:ai-data-centers', attributedTo: 'program:stargate', citedDocument: 'Stargate project progress announcement (项目进展公告), as of November 2025',
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.8, quote: '截至11月,该项目已确定在美国新建5个超大型AI数据中心', scope: 'five new hyperscale AI data centers', asOf: date('2025-11-01')}},
  // line 22
  {id: 'claim:compute-energy-campus-focuses-on-distributed-energy-storage', from: 'program:microsoft-nextera-compute-energy-campus', to: 'technology:distributed-energy-storage', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.35, quote: '利用风电与储能保障数据中心供电', scope: 'storage that secures the power supply of the data center'}}
] AS claim
MATCH (a:Entity {id: claim.from}), (b:Entity {id: claim.to})
MERGE (a)-[r:FOCUSES_ON {id: claim.id}]->(b)
SET r += claim.props
MERGE (x:Assertion {id: 'assertion:' + substring(claim.id, 6) + '-origin'})
ON CREATE SET x.recordedAt = datetime()
SET x += {claim: r.id, source: r.sources[0], quote: r.quote, status: r.status, confidence: r.confidence,
          attributedTo: claim.attributedTo, citedDocument: claim.citedDocument, rank: 'NORMAL', lastSeen: datetime()};

UNWIND [
  // line 17
  {id: 'claim:california-ai-safety-act-located-in-california', from: 'program:california-ai-safety-act', to: 'state:us-ca', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.6, quote: '加州2025年10月推出的《AI安全法案》', scope: 'a state law of California'}},
  // line 17
  {id: 'claim:ny-data-privacy-rules-located-in-new-york', from: 'program:ny-data-privacy-rules', to: 'state:us-ny', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.6, quote: '纽约州的数据隐私新规', scope: 'rules of New York State'}},
  // line 22
  {id: 'claim:ercot-located-in-texas', from: 'agency:ercot', to: 'state:us-tx', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.9, quote: '得克萨斯州电力可靠性委员会(ERCOT)虽预警2026年夏季电力缺口', scope: 'the Texas grid operator'}},
  // line 22
  {id: 'claim:compute-energy-campus-located-in-texas', from: 'program:microsoft-nextera-compute-energy-campus', to: 'state:us-tx', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.3, quote: '得克萨斯州电力可靠性委员会(ERCOT)虽预警2026年夏季电力缺口,但也推动AI企业与能源公司深度合作——微软与NextEra Energy共建“算力-能源一体化”园区', inferred: true, inference: 'The place: the campus is given as an example (——) of the cooperation that ERCOT, the Texas grid operator, pushes, read as a campus in Texas.'}}
] AS claim
MATCH (a:Entity {id: claim.from}), (b:Entity {id: claim.to})
MERGE (a)-[r:LOCATED_IN {id: claim.id}]->(b)
SET r += claim.props
MERGE (x:Assertion {id: 'assertion:' + substring(claim.id, 6) + '-origin'})
ON CREATE SET x.recordedAt = datetime()
SET x += {claim: r.id, source: r.sources[0], quote: r.quote, status: r.status, confidence: r.confidence,
          attributedTo: claim.attributedTo, citedDocument: claim.citedDocument, rank: 'NORMAL', lastSeen: datetime()};

UNWIND [
  // line 22
  {id: 'claim:iceotope-supplies-ai-data-centers', from: 'company:iceotope', to: 'technology:ai-data-centers', attributedTo: null, citedDocument: null,
   props: {sources: ['source:c9490bf9877dc2fc'], status: 'REPORTED', confidence: 0.35, quote: 'Iceotope等企业的液冷方案已在加州数据中心实现能耗降低30%的效果', scope: 'liquid cooling in use in California data centers', inferred: true, inference: 'The customers: the sentence says the liquid cooling of Iceotope is in use in California data centers (加州数据中心), read as Iceotope supplying AI data centers, the market the paragraph is about.'}}
] AS claim
MATCH (a:Entity {id: claim.from}), (b:Entity {id: claim.to})
MERGE (a)-[r:SUPPLIES {id: claim.id}]->(b)
SET r += claim.props
MERGE (x:Assertion {id: 'assertion:' + substring(claim.id, 6) + '-origin'})
ON CREATE SET x.recordedAt = datetime()
SET x += {claim: r.id, source: r.sources[0], quote: r.quote, status: r.status, confidence: r.confidence,
          attributedTo: claim.attributedTo, citedDocument: claim.citedDocument, rank: 'NORMAL', lastSeen: datetime()};
