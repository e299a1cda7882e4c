// V0003: claims (relationships) of the seed "US AI mega-infrastructure" (Genesis Mission, Stargate).
// Every claim comes from source:c9490bf9877dc2fc and quotes the report verbatim. Statuses, confidence scale and
// the report errors flagged in notes are explained in docs/seed-report.md.
// Idempotent: endpoints are MATCHed by id (created in V0002), each relationship is MERGEd on its claim id, then SET.

// --- Genesis Mission: launch, leadership and platform ---
MATCH (a:Entity {id: 'agency:white-house'}), (b:Entity {id: 'program:genesis-mission'})
MERGE (a)-[r:SUPPORTS {id: 'claim:white-house-launches-genesis-mission'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '当地时间2025年11月24日,特朗普政府签署行政令启动“创世纪计划”',
  role: 'initiator (executive order)',
  scope: 'launched the Genesis Mission by executive order',
  validFrom: date('2025-11-24'),
  note: 'The same opening paragraph says AI-related spending contributed 92% of US GDP growth in H1 2025 and growth excluding AI investment was only 0.1%, while the conclusion restates it as more than 92% (超92%). The widely cited estimate behind these numbers concerns investment in information-processing equipment and software, not AI spending as such.'
};
MATCH (a:Entity {id: 'agency:us-doe'}), (b:Entity {id: 'program:genesis-mission'})
MERGE (a)-[r:LEADS {id: 'claim:us-doe-leads-genesis-mission'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '该计划首次将AI与基础科学研究深度绑定,由能源部牵头构建“美国科学与安全平台”',
  role: 'lead agency',
  validFrom: date('2025-11-24')
};
MATCH (a:Entity {id: 'agency:us-doe'}), (b:Entity {id: 'program:american-science-security-platform'})
MERGE (a)-[r:LEADS {id: 'claim:us-doe-leads-american-science-security-platform'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '由能源部牵头构建“美国科学与安全平台”,整合全美超级计算机算力、联邦科研数据及AI工具',
  role: 'lead agency',
  validFrom: date('2025-11-24')
};
MATCH (a:Entity {id: 'program:genesis-mission'}), (b:Entity {id: 'program:american-science-security-platform'})
MERGE (a)-[r:OWNS {id: 'claim:genesis-mission-owns-american-science-security-platform'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '该计划首次将AI与基础科学研究深度绑定,由能源部牵头构建“美国科学与安全平台”',
  scope: 'the platform is a component of the Genesis Mission'
};
MATCH (a:Entity {id: 'program:american-science-security-platform'}), (b:Entity {id: 'dataset:federal-scientific-data'})
MERGE (a)-[r:ACCESSES_DATA {id: 'claim:american-science-security-platform-accesses-federal-scientific-data'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.8,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '整合全美超级计算机算力、联邦科研数据及AI工具',
  scope: 'integrates federal research data'
};
MATCH (a:Entity {id: 'program:american-science-security-platform'}), (b:Entity {id: 'technology:supercomputing'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:american-science-security-platform-focuses-on-supercomputing'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.8,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '整合全美超级计算机算力、联邦科研数据及AI工具',
  scope: 'integrates national supercomputing capacity'
};
MATCH (a:Entity {id: 'program:american-science-security-platform'}), (b:Entity {id: 'technology:scientific-foundation-models'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:american-science-security-platform-focuses-on-scientific-foundation-models'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.8,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '重点开发科学基础模型与智能实验机器人',
  scope: 'development of scientific foundation models'
};
MATCH (a:Entity {id: 'program:american-science-security-platform'}), (b:Entity {id: 'technology:ai-lab-robotics'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:american-science-security-platform-focuses-on-ai-lab-robotics'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.8,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '重点开发科学基础模型与智能实验机器人',
  scope: 'development of intelligent laboratory robots'
};

// --- Genesis Mission: priority fields ---
MATCH (a:Entity {id: 'program:genesis-mission'}), (b:Entity {id: 'technology:biotechnology'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:genesis-mission-focuses-on-biotechnology'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '生物技术聚焦新药研发与基因编辑效率提升',
  scope: 'priority field: new drug discovery and gene editing efficiency'
};
MATCH (a:Entity {id: 'program:genesis-mission'}), (b:Entity {id: 'technology:critical-materials'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:genesis-mission-focuses-on-critical-materials'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '关键材料瞄准半导体与新能源材料的原子级设计',
  scope: 'priority field: atomic-level design of semiconductor and new-energy materials'
};
MATCH (a:Entity {id: 'program:genesis-mission'}), (b:Entity {id: 'technology:nuclear-fusion'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:genesis-mission-focuses-on-nuclear-fusion'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '能源领域重点突破核聚变与先进裂变技术的AI模拟',
  scope: 'priority field (energy): AI simulation of nuclear fusion'
};
MATCH (a:Entity {id: 'program:genesis-mission'}), (b:Entity {id: 'technology:advanced-fission'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:genesis-mission-focuses-on-advanced-fission'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '能源领域重点突破核聚变与先进裂变技术的AI模拟',
  scope: 'priority field (energy): AI simulation of advanced fission'
};
MATCH (a:Entity {id: 'program:genesis-mission'}), (b:Entity {id: 'technology:quantum-information-science'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:genesis-mission-focuses-on-quantum-information-science'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '量子信息科学、半导体及先进制造则直指美国“卡脖子”产业链的自主可控',
  scope: 'priority field: quantum information science'
};
MATCH (a:Entity {id: 'program:genesis-mission'}), (b:Entity {id: 'technology:semiconductors'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:genesis-mission-focuses-on-semiconductors'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '量子信息科学、半导体及先进制造则直指美国“卡脖子”产业链的自主可控',
  scope: 'priority field: semiconductors'
};
MATCH (a:Entity {id: 'program:genesis-mission'}), (b:Entity {id: 'technology:advanced-manufacturing'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:genesis-mission-focuses-on-advanced-manufacturing'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '量子信息科学、半导体及先进制造则直指美国“卡脖子”产业链的自主可控',
  scope: 'priority field: advanced manufacturing'
};

// --- Stargate: launch, leadership and sites ---
MATCH (a:Entity {id: 'program:stargate'}), (b:Entity {id: 'program:genesis-mission'})
MERGE (a)-[r:SUPPLIES {id: 'claim:stargate-supplies-genesis-mission'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '创世纪计划的落地,离不开“星际之门”项目构建的算力基础设施支撑',
  scope: 'compute infrastructure underpinning the Genesis Mission',
  note: 'The twin-engine link between Stargate and the Genesis Mission is the report\'s own framing. Neither the executive order nor the Stargate announcements tie the two programs together.'
};
MATCH (a:Entity {id: 'agency:white-house'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:SUPPORTS {id: 'claim:white-house-announces-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '2025年1月21日,特朗普政府宣布由OpenAI、软银、甲骨文牵头,投资5000亿美元启动“星际之门”项目',
  role: 'announcer',
  scope: 'announced the 500 billion USD Stargate project',
  amountUsd: 500000000000.0,
  validFrom: date('2025-01-21')
};
MATCH (a:Entity {id: 'company:openai'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:LEADS {id: 'claim:openai-leads-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '2025年1月21日,特朗普政府宣布由OpenAI、软银、甲骨文牵头,投资5000亿美元启动“星际之门”项目',
  role: 'lead partner',
  validFrom: date('2025-01-21')
};
MATCH (a:Entity {id: 'company:softbank'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:LEADS {id: 'claim:softbank-leads-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '2025年1月21日,特朗普政府宣布由OpenAI、软银、甲骨文牵头,投资5000亿美元启动“星际之门”项目',
  role: 'lead partner',
  validFrom: date('2025-01-21')
};
MATCH (a:Entity {id: 'company:oracle'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:LEADS {id: 'claim:oracle-leads-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '2025年1月21日,特朗普政府宣布由OpenAI、软银、甲骨文牵头,投资5000亿美元启动“星际之门”项目',
  role: 'lead partner',
  validFrom: date('2025-01-21')
};
MATCH (a:Entity {id: 'program:stargate'}), (b:Entity {id: 'state:us'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:stargate-located-in-us'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.75,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '截至11月,该项目已确定在美国新建5个超大型AI数据中心',
  scope: 'five new hyperscale AI data centers confirmed in the US',
  asOf: date('2025-11-01'),
  note: 'The report adds that with existing facilities the project reaches nearly 7 GW within three years (1.5 GW + 4.5 GW new, consistent), and that this equals 1.2 times the current total capacity of the world\'s top AI data centers. The 1.2x comparison has no stated basis.'
};
MATCH (a:Entity {id: 'program:stargate'}), (b:Entity {id: 'state:us-oh'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:stargate-located-in-ohio'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.7,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其中俄亥俄州与得克萨斯州的两座数据中心将在18个月内实现1.5千兆瓦容量投产',
  scope: 'one of two data centers (Ohio and Texas) to bring 1.5 GW online within 18 months'
};
MATCH (a:Entity {id: 'program:stargate'}), (b:Entity {id: 'state:us-tx'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:stargate-located-in-texas'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.7,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其中俄亥俄州与得克萨斯州的两座数据中心将在18个月内实现1.5千兆瓦容量投产',
  scope: 'one of two data centers (Ohio and Texas) to bring 1.5 GW online within 18 months'
};
MATCH (a:Entity {id: 'program:stargate'}), (b:Entity {id: 'state:us-tx'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:stargate-oracle-sites-located-in-texas'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '而与甲骨文合作的得州、新墨西哥州三座数据中心则瞄准4.5千兆瓦总容量',
  scope: 'Oracle-partnered data centers in Texas and New Mexico targeting 4.5 GW in total',
  note: 'Public announcements of September 2025 placed the three Oracle-developed sites in Texas, New Mexico and the US Midwest, with a larger capacity. The report places all three in Texas and New Mexico.'
};
MATCH (a:Entity {id: 'program:stargate'}), (b:Entity {id: 'state:us-nm'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:stargate-located-in-new-mexico'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '而与甲骨文合作的得州、新墨西哥州三座数据中心则瞄准4.5千兆瓦总容量',
  scope: 'Oracle-partnered data centers in Texas and New Mexico targeting 4.5 GW in total'
};
MATCH (a:Entity {id: 'company:oracle'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:SUPPLIES {id: 'claim:oracle-supplies-stargate-data-centers'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '而与甲骨文合作的得州、新墨西哥州三座数据中心则瞄准4.5千兆瓦总容量',
  scope: 'builds three Stargate data centers in Texas and New Mexico (4.5 GW target)'
};

// --- AI Infrastructure Partnership (AIP), the second camp ---
MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'program:ai-infrastructure-partnership'})
MERGE (a)-[r:LEADS {id: 'claim:microsoft-leads-ai-infrastructure-partnership'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.45,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”',
  role: 'lead founder',
  note: 'The report presents Microsoft as the leader. Publicly the partnership was launched in September 2024 by BlackRock, Global Infrastructure Partners, Microsoft and MGX, with Nvidia and xAI joining in 2025.'
};
MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'company:blackrock'})
MERGE (a)-[r:PARTNERS_WITH {id: 'claim:microsoft-partners-with-blackrock'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.7,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”',
  scope: 'co-founding the AI Infrastructure Partnership'
};
MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'company:nvidia'})
MERGE (a)-[r:PARTNERS_WITH {id: 'claim:microsoft-partners-with-nvidia'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.7,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”',
  scope: 'co-founding the AI Infrastructure Partnership'
};
MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'company:xai'})
MERGE (a)-[r:PARTNERS_WITH {id: 'claim:microsoft-partners-with-xai'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.65,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”',
  scope: 'co-founding the AI Infrastructure Partnership'
};
MATCH (a:Entity {id: 'program:ai-infrastructure-partnership'}), (b:Entity {id: 'technology:ai-data-centers'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:ai-infrastructure-partnership-focuses-on-ai-data-centers'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.65,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '启动300亿美元基金,计划撬动1000亿美元投资用于AI数据中心及配套能源设施建设',
  amountUsd: 100000000000.0,
  scope: '100 billion USD of investment to be mobilised by a 30 billion USD fund for AI data centers'
};
MATCH (a:Entity {id: 'program:ai-infrastructure-partnership'}), (b:Entity {id: 'technology:energy-infrastructure'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:ai-infrastructure-partnership-focuses-on-energy-infrastructure'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.65,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '启动300亿美元基金,计划撬动1000亿美元投资用于AI数据中心及配套能源设施建设',
  scope: 'energy facilities supporting AI data centers, within the same 100 billion USD target'
};
MATCH (a:Entity {id: 'program:ai-infrastructure-partnership'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:COMPETES_WITH {id: 'claim:ai-infrastructure-partnership-competes-with-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '美国AI基建已呈现“双轨并行”格局。在OpenAI阵营之外,微软联合贝莱德、英伟达及马斯克的xAI成立“AI基础设施合作伙伴关系(AIP)”',
  scope: 'two parallel AI infrastructure camps competing in the market',
  note: 'Self-contradictory framing: Microsoft is placed outside the OpenAI camp, yet the report itself credits Microsoft with the Azure OpenAI Service, and Microsoft is OpenAI\'s main investor and cloud partner.'
};
MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'program:ai-infrastructure-partnership'})
MERGE (a)-[r:FUNDS {id: 'claim:microsoft-funds-ai-infrastructure-partnership'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软虽放缓AIP基金投资节奏,但通过“政府补贴+企业合租”模式,将数据中心利用率提升至90%以上,投资回报率较初期提升25%',
  instrument: 'fund',
  scope: 'investment in the AIP fund, at a slowed pace',
  note: 'No amount is given. The claimed data-center utilisation above 90% and a 25% higher return, and the unnamed government subsidy, are unsupported.'
};

// --- Funding of Stargate ---
MATCH (a:Entity {id: 'company:softbank'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:FUNDS {id: 'claim:softbank-funds-stargate'}]->(b)
SET r += {
  status: 'COMMITTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '软银集团承诺出资1500亿美元,占比30%,主要是通过旗下愿景基金减持部分科技资产筹措',
  amountUsd: 150000000000.0,
  shareOfTarget: 0.3,
  instrument: 'equity',
  role: 'lead investor',
  note: 'The 30/10/20/40 split of the 500 billion USD (SoftBank, OpenAI, Oracle, bonds) adds up but is not in public announcements, which named SoftBank, OpenAI, Oracle and MGX as initial equity funders. MGX is absent from the report.'
};
MATCH (a:Entity {id: 'company:softbank'}), (b:Entity {id: 'program:softbank-vision-fund'})
MERGE (a)-[r:OWNS {id: 'claim:softbank-owns-vision-fund'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '主要是通过旗下愿景基金减持部分科技资产筹措',
  scope: 'SoftBank\'s Vision Fund'
};
MATCH (a:Entity {id: 'program:softbank-vision-fund'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:FUNDS {id: 'claim:vision-fund-funds-stargate'}]->(b)
SET r += {
  status: 'COMMITTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '主要是通过旗下愿景基金减持部分科技资产筹措',
  instrument: 'equity',
  role: 'financing source of SoftBank\'s pledge (sale of tech assets)',
  note: 'Channel of SoftBank\'s 150 billion USD pledge, not an additional contribution. No amount is set to avoid double counting.'
};
MATCH (a:Entity {id: 'company:openai'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:FUNDS {id: 'claim:openai-funds-stargate'}]->(b)
SET r += {
  status: 'COMMITTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'OpenAI以技术入股折抵500亿美元,并通过未来API收费分成获得现金流支撑',
  amountUsd: 50000000000.0,
  shareOfTarget: 0.1,
  instrument: 'in-kind',
  role: 'technology contribution',
  note: 'shareOfTarget derived (50 / 500 billion USD). The technology-for-equity valuation is unverified.'
};
MATCH (a:Entity {id: 'company:oracle'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:FUNDS {id: 'claim:oracle-funds-stargate'}]->(b)
SET r += {
  status: 'COMMITTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '甲骨文则以数据中心土地、现有服务器资源及现金合计投入1000亿美元',
  amountUsd: 100000000000.0,
  shareOfTarget: 0.2,
  instrument: 'cash+in-kind',
  role: 'land, servers and cash',
  note: 'shareOfTarget derived (100 / 500 billion USD). Figure unverified.'
};
MATCH (a:Entity {id: 'program:stargate-project-bonds'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:FUNDS {id: 'claim:stargate-project-bonds-fund-stargate'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '剩余2000亿美元将通过发行项目专项债券募集',
  amountUsd: 200000000000.0,
  shareOfTarget: 0.4,
  instrument: 'bonds',
  note: 'shareOfTarget derived (200 / 500 billion USD). Bond investors are not named. No public Stargate bond program of this size is known.'
};
MATCH (a:Entity {id: 'agency:us-treasury'}), (b:Entity {id: 'program:stargate-project-bonds'})
MERGE (a)-[r:FUNDS {id: 'claim:us-treasury-funds-stargate-project-bonds'}]->(b)
SET r += {
  status: 'COMMITTED',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '美国财政部为该债券提供“利息补贴”背书,降低融资成本',
  instrument: 'subsidy',
  role: 'interest subsidy guarantor',
  note: 'Unsupported: no public record of Treasury backing for Stargate debt. It also sits uneasily with the report\'s own description of Stargate as company-led, market financing (企业为主、政府为辅).'
};
MATCH (a:Entity {id: 'company:softbank'}), (b:Entity {id: 'company:blackstone'})
MERGE (a)-[r:PARTNERS_WITH {id: 'claim:softbank-partners-with-blackstone'}]->(b)
SET r += {
  status: 'COMMITTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '软银已与黑石达成协议,将部分数据中心资产以REITs形式拆分上市,提前回笼30%投资资金',
  scope: 'listing part of Stargate data-center assets as REITs to recoup 30% of invested capital early',
  note: 'Unverified agreement. It is unclear whether the 30% refers to SoftBank\'s 150 billion USD pledge or to the assets spun off.'
};
MATCH (a:Entity {id: 'company:oracle'}), (b:Entity {id: 'company:amazon'})
MERGE (a)-[r:SUPPLIES {id: 'claim:oracle-supplies-amazon'}]->(b)
SET r += {
  status: 'COMMITTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '甲骨文则通过“算力预售”模式,向亚马逊、Meta等企业提前锁定5年算力订单',
  scope: 'five-year pre-sold compute capacity',
  note: 'Doubtful: Amazon runs the largest cloud (AWS) and no compute purchase from Oracle of this kind is known.'
};
MATCH (a:Entity {id: 'company:oracle'}), (b:Entity {id: 'company:meta'})
MERGE (a)-[r:SUPPLIES {id: 'claim:oracle-supplies-meta'}]->(b)
SET r += {
  status: 'COMMITTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '甲骨文则通过“算力预售”模式,向亚马逊、Meta等企业提前锁定5年算力订单',
  scope: 'five-year pre-sold compute capacity'
};
MATCH (a:Entity {id: 'company:morgan-stanley'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:SUPPORTS {id: 'claim:morgan-stanley-supports-stargate'}]->(b)
SET r += {
  status: 'FORECAST',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '摩根士丹利测算,即便国会拨款延迟,企业通过政策补贴、资产证券化等方式,可覆盖“星际之门”项目80%的资金缺口,实际延期风险已降至15%以下',
  role: 'analyst estimate',
  scope: 'estimate that companies can cover 80% of the Stargate funding gap, delay risk below 15%',
  note: 'Modelled as SUPPORTS because the vocabulary has no estimate relation: Morgan Stanley authors a favourable estimate and funds nothing. The premise of a Congressional appropriation gap contradicts the report\'s own account of Stargate as privately financed. Unverified.'
};

// --- Funding of the Genesis Mission ---
MATCH (a:Entity {id: 'agency:us-congress'}), (b:Entity {id: 'program:genesis-mission'})
MERGE (a)-[r:FUNDS {id: 'claim:us-congress-funds-genesis-mission'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '白宫声明未明确具体预算,仅暗示“需国会后续拨款支持”',
  instrument: 'appropriation',
  note: 'No budget or amount. The report later adds that the appropriation is affected by the midterm elections (创世纪计划的国会拨款虽受中期选举影响).'
};
MATCH (a:Entity {id: 'agency:us-doe'}), (b:Entity {id: 'program:genesis-mission'})
MERGE (a)-[r:FUNDS {id: 'claim:us-doe-funds-genesis-mission'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '能源部则透露初期将整合联邦机构现有研发资金,从2026财年科技预算中划拨120亿美元作为启动资金',
  amountUsd: 12000000000.0,
  instrument: 'appropriation',
  role: 'start-up funding from existing federal R&D budgets',
  validFrom: date('2025-10-01'),
  note: 'Unverified: the executive order states no budget and no DOE disclosure of a 12 billion USD start-up fund is known. validFrom is the start of FY2026.'
};

// --- Congress, parties and regional politics ---
MATCH (a:Entity {id: 'agency:us-congress'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:REGULATES {id: 'claim:us-congress-regulates-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '5000亿AI基建投资的落地,仍面临国会审批的“关键一关”',
  scope: 'Congressional approval of the 500 billion USD investment',
  note: 'Contradiction: the report describes Stargate as market financed (companies plus bonds), yet says its 500 billion USD needs Congressional approval and appropriations. The report also forecasts a 3-6 month appropriation delay from the regional dispute (这场博弈可能会引起项目拨款审批延迟3-6个月).'
};
MATCH (a:Entity {id: 'agency:republican-party'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:SUPPORTS {id: 'claim:republican-party-supports-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.55,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '共和党对AI基建的支持态度明确,认为这是“创造高薪岗位、重振制造业”的重要抓手',
  scope: 'support for the 500 billion USD AI infrastructure investment'
};
MATCH (a:Entity {id: 'agency:republican-party'}), (b:Entity {id: 'program:ai-infrastructure-act-2025'})
MERGE (a)-[r:SUPPORTS {id: 'claim:republican-party-supports-ai-infrastructure-act-2025'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其提出的《2025 AI基础设施法案》已将“星际之门”项目纳入优先拨款清单',
  role: 'sponsor',
  note: 'No bill of this name putting Stargate on a priority appropriation list is known. Unverified.'
};
MATCH (a:Entity {id: 'program:ai-infrastructure-act-2025'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:FUNDS {id: 'claim:ai-infrastructure-act-2025-funds-stargate'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其提出的《2025 AI基础设施法案》已将“星际之门”项目纳入优先拨款清单',
  instrument: 'appropriation',
  role: 'priority appropriation list',
  note: 'Contradicts the report\'s description of Stargate as privately financed with no government appropriation.'
};
MATCH (a:Entity {id: 'agency:democratic-party'}), (b:Entity {id: 'program:ai-inclusion'})
MERGE (a)-[r:SUPPORTS {id: 'claim:democratic-party-supports-ai-inclusion'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '但则提出两项核心诉求:一是要求将5%的投资用于“AI普惠”,保障中小企业与弱势社区的技术获取权',
  role: 'demand',
  note: 'The sentence omits its subject (但则提出), presumably the Democrats. A later sentence again omits the subject (——提出的“AI普惠”要求) and says the demand won special subsidies for SME service platforms.'
};
MATCH (a:Entity {id: 'program:stargate'}), (b:Entity {id: 'program:ai-inclusion'})
MERGE (a)-[r:FUNDS {id: 'claim:stargate-funds-ai-inclusion'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '一是要求将5%的投资用于“AI普惠”',
  shareOfSource: 0.05,
  instrument: 'earmark',
  role: 'earmark demanded of the AI infrastructure investment',
  note: 'Demand, not adopted. 5% of 500 billion USD would be 25 billion USD (not stated by the report, so no amountUsd). Subject omitted, presumably the Democrats.'
};
MATCH (a:Entity {id: 'agency:democratic-party'}), (b:Entity {id: 'technology:renewable-energy'})
MERGE (a)-[r:SUPPORTS {id: 'claim:democratic-party-supports-renewable-mandate'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '二是强制要求基建项目配套50%的可再次生产的能源,以符合气候目标',
  scope: 'mandate that AI infrastructure projects be matched with 50% renewable energy',
  note: 'Subject omitted in the report (但则提出), presumably the Democrats.'
};
MATCH (a:Entity {id: 'state:us-ca'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:OPPOSES {id: 'claim:us-ca-opposes-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '目前“星际之门”已确定的5个数据中心主要分布在得克萨斯州、俄亥俄州等“红州”,引发加州、纽约州等“蓝州”的不满',
  scope: 'regional allocation of data centers',
  note: 'The red-state framing ignores that New Mexico, one of the site states the report itself names, usually votes Democratic.'
};
MATCH (a:Entity {id: 'state:us-ny'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:OPPOSES {id: 'claim:us-ny-opposes-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '目前“星际之门”已确定的5个数据中心主要分布在得克萨斯州、俄亥俄州等“红州”,引发加州、纽约州等“蓝州”的不满',
  scope: 'regional allocation of data centers',
  note: 'The red-state framing ignores that New Mexico, one of the site states the report itself names, usually votes Democratic.'
};
MATCH (a:Entity {id: 'agency:california-government'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:OPPOSES {id: 'claim:california-government-opposes-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '加州州长纽森公开批评项目“地域分配失衡”,威胁将通过州级立法限制本州科技公司参与联邦项目',
  scope: 'criticised regional imbalance and threatened state legislation limiting California tech firms in federal projects',
  note: 'Unverified. It calls Stargate a federal project although the report elsewhere describes it as privately financed.'
};
MATCH (a:Entity {id: 'agency:us-congress'}), (b:Entity {id: 'program:blue-state-allocation-amendment'})
MERGE (a)-[r:SUPPORTS {id: 'claim:us-congress-supports-blue-state-allocation-amendment'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '国会中来自蓝州的议员则提出“每投资10亿美元需向蓝州倾斜3亿美元”的修正案',
  role: 'proposed by blue-state members of Congress',
  scope: '30% of Stargate investment to be directed to blue states',
  note: 'Only blue-state members proposed it, not Congress as a whole. No such amendment is known. Unverified.'
};
MATCH (a:Entity {id: 'agency:republican-party'}), (b:Entity {id: 'program:genesis-mission'})
MERGE (a)-[r:SUPPORTS {id: 'claim:republican-party-supports-genesis-mission'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '创世纪计划的国会拨款虽受中期选举影响,但两党均认可AI研发的战略价值',
  scope: 'recognises the strategic value of AI research despite midterm-election pressure on appropriations'
};
MATCH (a:Entity {id: 'agency:democratic-party'}), (b:Entity {id: 'program:genesis-mission'})
MERGE (a)-[r:SUPPORTS {id: 'claim:democratic-party-supports-genesis-mission'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '创世纪计划的国会拨款虽受中期选举影响,但两党均认可AI研发的战略价值',
  scope: 'recognises the strategic value of AI research despite midterm-election pressure on appropriations',
  note: 'The Democrats are implied by the word both parties (两党).'
};
MATCH (a:Entity {id: 'agency:republican-party'}), (b:Entity {id: 'technology:semiconductors'})
MERGE (a)-[r:SUPPORTS {id: 'claim:republican-party-supports-semiconductors'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.5,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '共和党则倾向加大对芯片、能源等硬科技的资金倾斜',
  scope: 'more funding for chips as hard tech'
};
MATCH (a:Entity {id: 'agency:republican-party'}), (b:Entity {id: 'technology:energy-infrastructure'})
MERGE (a)-[r:SUPPORTS {id: 'claim:republican-party-supports-energy-infrastructure'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.5,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '共和党则倾向加大对芯片、能源等硬科技的资金倾斜',
  scope: 'more funding for energy as hard tech'
};

// --- Hardware supply: chips, servers, cooling, power ---
MATCH (a:Entity {id: 'company:nvidia'}), (b:Entity {id: 'technology:ai-chips'})
MERGE (a)-[r:DEVELOPS {id: 'claim:nvidia-develops-ai-chips'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.8,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '作为AI芯片的核心供应商,英伟达成为最大受益者',
  note: 'The report puts Nvidia\'s AI chip market share at 83% and forecasts 88% (市场占有率有望从当前的83%提升至88%). The share figures are unsourced.'
};
MATCH (a:Entity {id: 'company:nvidia'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:SUPPLIES {id: 'claim:nvidia-supplies-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '根据其2025年Q3财报,数据中心业务收入达286亿美元,同比增长142%,其中仅“星际之门”项目订单就贡献了35亿美元,占该业务板块的12.2%',
  amountUsd: 3500000000.0,
  shareOfSource: 0.122,
  scope: 'AI chip orders booked in the data-center business',
  note: '35 / 286 = 12.2% is arithmetically consistent, but 28.6 billion USD with 142% growth matches no published Nvidia quarter (data-center revenue was about 30.8 billion USD, +112%, in fiscal Q3 2025 and about 51.2 billion USD, +66%, in fiscal Q3 2026). Nvidia does not disclose per-project orders.'
};
MATCH (a:Entity {id: 'company:nvidia'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:SUPPLIES {id: 'claim:nvidia-supplies-stargate-forecast'}]->(b)
SET r += {
  status: 'FORECAST',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '分析师预测,随着7千兆瓦算力基建的逐步落地,未来三年英伟达将获得累计超200亿美元的芯片订单',
  amountUsd: 20000000000.0,
  scope: 'cumulative chip orders over the next three years (more than 20 billion USD, lower bound)',
  note: 'Analysts are unnamed. The recipient is taken to be Stargate because the 7 GW build-out is Stargate\'s.'
};
MATCH (a:Entity {id: 'company:dell'}), (b:Entity {id: 'company:oracle'})
MERGE (a)-[r:SUPPLIES {id: 'claim:dell-supplies-oracle'}]->(b)
SET r += {
  status: 'COMMITTED',
  confidence: 0.45,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '戴尔科技集团透露,已与甲骨文签订价值18亿美元的AI服务器供应协议,为得克萨斯州数据中心提供定制化算力集群',
  amountUsd: 1800000000.0,
  scope: 'AI servers and custom compute clusters for Oracle\'s Texas data center',
  note: 'Unverified contract figure.'
};
MATCH (a:Entity {id: 'company:dell'}), (b:Entity {id: 'technology:ai-servers'})
MERGE (a)-[r:DEVELOPS {id: 'claim:dell-develops-ai-servers'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '二是服务器及散热设备供应商,如戴尔科技(联邦项目核心供应商)',
  note: 'The label core supplier of federal projects is unsupported: the only deal the report names is with Oracle for a privately financed data center.'
};
MATCH (a:Entity {id: 'company:micron'}), (b:Entity {id: 'technology:ai-servers'})
MERGE (a)-[r:SUPPLIES {id: 'claim:micron-supplies-ai-servers'}]->(b)
SET r += {
  status: 'FORECAST',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '美光科技(AI服务器内存需求激增)',
  scope: 'memory for AI servers'
};
MATCH (a:Entity {id: 'company:vertiv'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:SUPPLIES {id: 'claim:vertiv-supplies-stargate'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '美国本土散热企业Vertiv则凭借液冷技术优势,拿下“星际之门”项目40%的散热设备订单',
  shareOfTarget: 0.4,
  scope: 'cooling equipment orders',
  note: 'Unverified. The report also expects the related business to exceed 1.2 billion USD revenue in 2025, up 95% (预计2025年相关业务收入将突破12亿美元,同比增长95%), without saying whether this is Stargate revenue.'
};
MATCH (a:Entity {id: 'company:vertiv'}), (b:Entity {id: 'technology:liquid-cooling'})
MERGE (a)-[r:DEVELOPS {id: 'claim:vertiv-develops-liquid-cooling'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.7,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '美国本土散热企业Vertiv则凭借液冷技术优势',
  note: 'The report also claims a leading share of the cooling equipment market (Vertiv(散热设备市占率领先)).'
};
MATCH (a:Entity {id: 'company:vertiv'}), (b:Entity {id: 'state:us'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:vertiv-located-in-us'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '美国本土散热企业Vertiv'
};
MATCH (a:Entity {id: 'company:eaton'}), (b:Entity {id: 'technology:ai-data-centers'})
MERGE (a)-[r:SUPPLIES {id: 'claim:eaton-supplies-ai-data-centers'}]->(b)
SET r += {
  status: 'FORECAST',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '此外,AI数据中心对高功率电源、精密空调的需求,还将带动伊顿、施耐德等企业的美国业务增长',
  scope: 'high-power supplies and precision air conditioning for US AI data centers'
};
MATCH (a:Entity {id: 'company:schneider-electric'}), (b:Entity {id: 'technology:ai-data-centers'})
MERGE (a)-[r:SUPPLIES {id: 'claim:schneider-electric-supplies-ai-data-centers'}]->(b)
SET r += {
  status: 'FORECAST',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '此外,AI数据中心对高功率电源、精密空调的需求,还将带动伊顿、施耐德等企业的美国业务增长',
  scope: 'high-power supplies and precision air conditioning for US AI data centers'
};
MATCH (a:Entity {id: 'company:eaton'}), (b:Entity {id: 'technology:high-power-supplies'})
MERGE (a)-[r:DEVELOPS {id: 'claim:eaton-develops-high-power-supplies'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.7,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '伊顿(高功率电源龙头)',
  role: 'market leader'
};

// --- Federal data: publishing and access ---
MATCH (a:Entity {id: 'agency:us-doe'}), (b:Entity {id: 'dataset:federal-open-data'})
MERGE (a)-[r:PUBLISHES {id: 'claim:us-doe-publishes-federal-open-data'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.45,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '根据能源部规划,2026年起将逐步开放能源、医疗、气象等领域的联邦数据',
  validFrom: date('2026-01-01'),
  scope: 'gradual opening of federal energy, health and meteorological data',
  note: 'Medical data, such as NIH\'s in the next clause, is held by the Department of Health and Human Services, not DOE, so a DOE plan to open it is doubtful.'
};
MATCH (a:Entity {id: 'agency:us-nih'}), (b:Entity {id: 'dataset:nih-clinical-data'})
MERGE (a)-[r:PUBLISHES {id: 'claim:us-nih-publishes-nih-clinical-data'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其中仅国家卫生研究院(NIH)的临床数据就涵盖1.2亿份病例',
  scope: 'clinical data opened for medical AI training',
  note: 'The 120 million cases figure is unverified. NIH belongs to HHS, not to DOE whose plan the sentence describes.'
};
MATCH (a:Entity {id: 'company:openai'}), (b:Entity {id: 'agency:us-doe'})
MERGE (a)-[r:PARTNERS_WITH {id: 'claim:openai-partners-with-us-doe'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.5,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'OpenAI已与能源部达成合作,基于联邦聚变实验数据开发专用AI模型',
  scope: 'developing a dedicated AI model for fusion on federal fusion experiment data'
};
MATCH (a:Entity {id: 'company:openai'}), (b:Entity {id: 'dataset:federal-fusion-experiment-data'})
MERGE (a)-[r:ACCESSES_DATA {id: 'claim:openai-accesses-federal-fusion-experiment-data'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '基于联邦聚变实验数据开发专用AI模型,将聚变反应的模拟时间从原来的3个月缩短至48小时',
  scope: 'training a dedicated fusion simulation model',
  note: 'The cut of fusion simulation time from 3 months to 48 hours is unverified.'
};
MATCH (a:Entity {id: 'agency:us-doe'}), (b:Entity {id: 'dataset:federal-fusion-experiment-data'})
MERGE (a)-[r:PUBLISHES {id: 'claim:us-doe-publishes-federal-fusion-experiment-data'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.45,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'OpenAI已与能源部达成合作,基于联邦聚变实验数据开发专用AI模型',
  scope: 'provides federal fusion experiment data to OpenAI',
  note: 'Provider inferred: the report names DOE as OpenAI\'s partner for the fusion data but does not say outright that DOE supplies it.'
};
MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'program:azure-openai-service'})
MERGE (a)-[r:OWNS {id: 'claim:microsoft-owns-azure-openai-service'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.95,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软旗下的Azure OpenAI服务'
};
MATCH (a:Entity {id: 'program:azure-openai-service'}), (b:Entity {id: 'dataset:federal-weather-data'})
MERGE (a)-[r:ACCESSES_DATA {id: 'claim:azure-openai-service-accesses-federal-weather-data'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软旗下的Azure OpenAI服务,通过接入联邦气象数据,开发出精准度提升30%的极端天气预测模型',
  scope: 'training an extreme-weather forecasting model (30% more accurate)',
  note: 'Unverified. The report says federal data opening only starts in 2026, yet presents this and other uses of federal data as already done.'
};
MATCH (a:Entity {id: 'program:azure-openai-service'}), (b:Entity {id: 'agency:us-nws'})
MERGE (a)-[r:SUPPLIES {id: 'claim:azure-openai-service-supplies-us-nws'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '开发出精准度提升30%的极端天气预测模型,已被美国国家气象局采用',
  scope: 'extreme-weather forecasting model adopted by the National Weather Service',
  note: 'No public record of the National Weather Service adopting such a model. Unverified.'
};
MATCH (a:Entity {id: 'company:xai'}), (b:Entity {id: 'dataset:nasa-mars-exploration-data'})
MERGE (a)-[r:ACCESSES_DATA {id: 'claim:xai-accesses-nasa-mars-exploration-data'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '马斯克的xAI则聚焦航天领域,利用NASA的火星探测数据训练智能导航模型',
  scope: 'training intelligent navigation models',
  note: 'No public evidence that xAI trains navigation models on NASA Mars data. Looks fabricated.'
};
MATCH (a:Entity {id: 'agency:us-nasa'}), (b:Entity {id: 'dataset:nasa-mars-exploration-data'})
MERGE (a)-[r:PUBLISHES {id: 'claim:us-nasa-publishes-nasa-mars-exploration-data'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.8,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '利用NASA的火星探测数据训练智能导航模型',
  scope: 'NASA Mars exploration data'
};
MATCH (a:Entity {id: 'company:xai'}), (b:Entity {id: 'program:spacex-starship'})
MERGE (a)-[r:SUPPLIES {id: 'claim:xai-supplies-spacex-starship'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '为SpaceX的星舰项目提供技术支撑',
  scope: 'AI navigation technology support',
  note: 'Unverified.'
};
MATCH (a:Entity {id: 'company:spacex'}), (b:Entity {id: 'program:spacex-starship'})
MERGE (a)-[r:OWNS {id: 'claim:spacex-owns-spacex-starship'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.95,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'SpaceX的星舰项目'
};
MATCH (a:Entity {id: 'company:xai'}), (b:Entity {id: 'agency:us-nasa'})
MERGE (a)-[r:PARTNERS_WITH {id: 'claim:xai-partners-with-us-nasa'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'xAI(与NASA合作,航天AI领域稀缺标的)',
  note: 'Promotional investment pitch. No public xAI-NASA partnership is known.'
};
MATCH (a:Entity {id: 'company:openai'}), (b:Entity {id: 'technology:foundation-models'})
MERGE (a)-[r:DEVELOPS {id: 'claim:openai-develops-foundation-models'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '基础模型(OpenAI市占率35%)',
  note: 'The 35% share is unsourced. The report also forecasts a 68 billion USD US foundation-model market in 2025 with more than 40% from federal-data custom models, which contradicts its own statement that federal data opening only starts in 2026.'
};
MATCH (a:Entity {id: 'company:openai'}), (b:Entity {id: 'program:genesis-mission'})
MERGE (a)-[r:PARTNERS_WITH {id: 'claim:openai-partners-with-genesis-mission'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.45,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'OpenAI(创世纪计划核心合作方,基础模型商业化领先)',
  role: 'core partner',
  note: 'The only cooperation the report describes is the DOE fusion data project. Core partner status is a promotional label.'
};
MATCH (a:Entity {id: 'program:genesis-mission'}), (b:Entity {id: 'dataset:federal-biological-data-platform'})
MERGE (a)-[r:OWNS {id: 'claim:genesis-mission-owns-federal-biological-data-platform'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '创世纪计划的联邦生物数据平台',
  note: 'No such platform is named in the executive order.'
};
MATCH (a:Entity {id: 'company:pfizer'}), (b:Entity {id: 'dataset:federal-biological-data-platform'})
MERGE (a)-[r:ACCESSES_DATA {id: 'claim:pfizer-accesses-federal-biological-data-platform'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.15,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '辉瑞公司利用创世纪计划的联邦生物数据平台,成功将阿尔茨海默症新药的研发成本降低40%,相关研发投入回报率从12%提升至25%',
  scope: 'Alzheimer drug development (R&D cost -40%, R&D return from 12% to 25%)',
  note: 'Timeline impossibility: the Genesis Mission started on 2025-11-24 and the report says federal data opening starts in 2026, so a completed 40% cost reduction cannot have come from its platform. Pfizer also ended its neuroscience discovery research, including Alzheimer drugs, in 2018.'
};
MATCH (a:Entity {id: 'company:moderna'}), (b:Entity {id: 'dataset:federal-open-data'})
MERGE (a)-[r:ACCESSES_DATA {id: 'claim:moderna-accesses-federal-open-data'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '生物科学技术领域可关注辉瑞、Moderna(利用联邦数据加速新药研发,研发效率提升显著)',
  scope: 'drug development',
  note: 'Investment recommendation with no supporting detail. The report names only federal data, mapped here to the federal open data collection.'
};
MATCH (a:Entity {id: 'company:scale-ai'}), (b:Entity {id: 'dataset:federal-open-data'})
MERGE (a)-[r:ACCESSES_DATA {id: 'claim:scale-ai-accesses-federal-open-data'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '专注于AI数据标注的Scale AI(联邦数据标注核心服务商)',
  role: 'labeling service provider',
  scope: 'labeling of federal data',
  note: 'The report lists Scale AI among small firms with low market value and possible 10x growth in 3-5 years. Scale AI is private and was valued at about 29 billion USD after Meta\'s 2025 investment, so the label and the growth promise are misleading and promotional.'
};
MATCH (a:Entity {id: 'company:scale-ai'}), (b:Entity {id: 'technology:data-labeling'})
MERGE (a)-[r:DEVELOPS {id: 'claim:scale-ai-develops-data-labeling'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '专注于AI数据标注的Scale AI(联邦数据标注核心服务商)'
};

// --- Spillover: biotech, energy and semiconductors ---
MATCH (a:Entity {id: 'company:helion-energy'}), (b:Entity {id: 'technology:nuclear-fusion'})
MERGE (a)-[r:DEVELOPS {id: 'claim:helion-energy-develops-nuclear-fusion'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '美国聚变能源公司Helion Energy借助AI模拟技术,实现聚变反应净能量输出突破1.2倍',
  scope: 'net energy output above 1.2 times with AI simulation',
  note: 'Contradicts the public record: Helion has not publicly demonstrated net energy gain. Treat as fabricated or garbled.'
};
MATCH (a:Entity {id: 'company:helion-energy'}), (b:Entity {id: 'technology:nuclear-fusion'})
MERGE (a)-[r:DEVELOPS {id: 'claim:helion-energy-plans-commercial-fusion-plant'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.45,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '预计2028年可建成全球首座商业化聚变电站',
  scope: 'world\'s first commercial fusion power plant',
  validFrom: date('2028-01-01')
};
MATCH (a:Entity {id: 'company:helion-energy'}), (b:Entity {id: 'state:us'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:helion-energy-located-in-us'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '美国聚变能源公司Helion Energy'
};
MATCH (a:Entity {id: 'company:intel'}), (b:Entity {id: 'technology:semiconductors'})
MERGE (a)-[r:DEVELOPS {id: 'claim:intel-develops-semiconductors'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '英特尔则利用AI芯片设计工具,将先进制程的研发周期从3年缩短至18个月,7纳米制程良率从初期的35%提升至62%',
  scope: 'advanced process development with AI chip design tools',
  note: 'Unverified figures. Intel does not publish such yields, and its 7 nm process was renamed Intel 4 in 2021.'
};
MATCH (a:Entity {id: 'company:intel'}), (b:Entity {id: 'company:tsmc'})
MERGE (a)-[r:COMPETES_WITH {id: 'claim:intel-competes-with-tsmc'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '英特尔则利用AI芯片设计工具,将先进制程的研发周期从3年缩短至18个月,7纳米制程良率从初期的35%提升至62%,逐步缩小与台积电的差距',
  scope: 'advanced process technology',
  note: 'The rivalry is well established. That Intel is closing the gap rests on the unverified yield figures.'
};
MATCH (a:Entity {id: 'company:goldman-sachs'}), (b:Entity {id: 'technology:advanced-manufacturing'})
MERGE (a)-[r:SUPPORTS {id: 'claim:goldman-sachs-supports-advanced-manufacturing'}]->(b)
SET r += {
  status: 'FORECAST',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '高盛测算,AI技术对美国制造业的效率提升将在未来10年创造2.3万亿美元的新增产值',
  amountUsd: 2300000000000.0,
  role: 'analyst estimate',
  scope: 'estimated added US manufacturing output over 10 years from AI efficiency gains (not a funding flow)',
  note: 'Modelled as SUPPORTS because the vocabulary has no estimate relation: Goldman Sachs authors the estimate and funds nothing. The figure is unverified.'
};

// --- Regulation: federal and state ---
MATCH (a:Entity {id: 'agency:white-house'}), (b:Entity {id: 'program:ai-self-regulation-standards'})
MERGE (a)-[r:LEADS {id: 'claim:white-house-leads-ai-self-regulation-standards'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '特朗普政府虽强调“为创新松绑”,但已联合商务部启动AI企业自律标准征集,为后续监管铺路',
  note: 'Unverified.'
};
MATCH (a:Entity {id: 'agency:us-commerce'}), (b:Entity {id: 'program:ai-self-regulation-standards'})
MERGE (a)-[r:ADMINISTERS {id: 'claim:us-commerce-administers-ai-self-regulation-standards'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '特朗普政府虽强调“为创新松绑”,但已联合商务部启动AI企业自律标准征集,为后续监管铺路',
  note: 'Unverified.'
};
MATCH (a:Entity {id: 'agency:republican-party'}), (b:Entity {id: 'program:state-ai-regulation-ban'})
MERGE (a)-[r:SUPPORTS {id: 'claim:republican-party-supports-state-ai-regulation-ban'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.65,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '共和党“禁止州级监管”提案未获通过',
  scope: 'proposal to bar state-level AI regulation, not passed',
  note: 'Consistent with the Senate vote of July 2025 that removed a proposed moratorium on state AI laws.'
};
MATCH (a:Entity {id: 'agency:republican-party'}), (b:Entity {id: 'program:federal-ai-regulatory-framework'})
MERGE (a)-[r:SUPPORTS {id: 'claim:republican-party-supports-federal-ai-regulatory-framework'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '反而推动两党就“联邦主导、州级补充”的监管框架达成初步意向',
  scope: 'preliminary bipartisan intent on a federal-led framework with state supplements',
  note: 'Unverified. The report also says the federal level is accelerating work on a unified AI regulatory framework (当前联邦层面正加速酝酿统一AI监管框架).'
};
MATCH (a:Entity {id: 'agency:democratic-party'}), (b:Entity {id: 'program:federal-ai-regulatory-framework'})
MERGE (a)-[r:SUPPORTS {id: 'claim:democratic-party-supports-federal-ai-regulatory-framework'}]->(b)
SET r += {
  status: 'PROPOSED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '反而推动两党就“联邦主导、州级补充”的监管框架达成初步意向',
  scope: 'preliminary bipartisan intent on a federal-led framework with state supplements',
  note: 'Unverified. The Democrats are implied by the word both parties (两党).'
};
MATCH (a:Entity {id: 'agency:california-government'}), (b:Entity {id: 'program:california-ai-safety-act'})
MERGE (a)-[r:ADMINISTERS {id: 'claim:california-government-administers-california-ai-safety-act'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '加州2025年10月推出的《AI安全法案》,明确AI企业安全责任与合规路径',
  validFrom: date('2025-10-01'),
  note: 'The closest real law appears to be SB 53 (frontier AI transparency), signed on 2025-09-29, not in October 2025.'
};
MATCH (a:Entity {id: 'agency:new-york-state-government'}), (b:Entity {id: 'program:ny-data-privacy-rules'})
MERGE (a)-[r:ADMINISTERS {id: 'claim:new-york-state-government-administers-ny-data-privacy-rules'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '纽约州的数据隐私新规,推动数据治理服务商迎来订单增长',
  note: 'Rules not identified by name. The order growth for data governance providers is unquantified.'
};
MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'technology:ai-compliance-tools'})
MERGE (a)-[r:DEVELOPS {id: 'claim:microsoft-develops-ai-compliance-tools'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软CEO纳德拉虽提及合规成本问题,但也透露其Azure OpenAI服务已推出“监管适配模块”,帮企业满足各州要求,相关增值服务收入环比增长50%',
  scope: 'regulatory adaptation module of Azure OpenAI Service (value-added revenue +50% quarter on quarter)',
  note: 'Attributed to Satya Nadella. No such module or revenue figure is publicly documented.'
};
MATCH (a:Entity {id: 'agency:california-ai-regulator'}), (b:Entity {id: 'company:darktrace'})
MERGE (a)-[r:REGULATES {id: 'claim:california-ai-regulator-regulates-darktrace'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '提供AI安全审计的Darktrace(获加州监督管理的机构认证)',
  scope: 'certification of Darktrace as an AI security auditor',
  note: 'The certifying body is not named and no such certification is known. Darktrace is a British cyber-security firm taken private by Thoma Bravo in 2024, so calling it a small firm with low market value is wrong.'
};
MATCH (a:Entity {id: 'company:darktrace'}), (b:Entity {id: 'technology:ai-security-auditing'})
MERGE (a)-[r:DEVELOPS {id: 'claim:darktrace-develops-ai-security-auditing'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.45,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '提供AI安全审计的Darktrace(获加州监督管理的机构认证)',
  note: 'Darktrace sells AI-based cyber defence. AI security auditing is a loose description.'
};
MATCH (a:Entity {id: 'state:us'}), (b:Entity {id: 'technology:ai-chips'})
MERGE (a)-[r:REGULATES {id: 'claim:us-regulates-ai-chips'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '尽管存在芯片禁运等限制',
  scope: 'chip export embargo and controls toward China',
  note: 'The risk section adds that US chip export controls on China may be tightened (美国对华芯片出口管制若升级).'
};

// --- Energy for AI data centers ---
MATCH (a:Entity {id: 'technology:renewable-energy'}), (b:Entity {id: 'program:stargate'})
MERGE (a)-[r:SUPPLIES {id: 'claim:renewable-energy-supplies-stargate'}]->(b)
SET r += {
  status: 'FORECAST',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '而“星际之门”项目7千兆瓦总容量带来的6.132万亿吉瓦时新增电力需求,已成为可再次生产的能源的重要增量市场',
  scope: 'new electricity demand of the 7 GW Stargate capacity as an incremental market for renewables',
  note: 'Unit error: 7 GW x 8760 h = 61,320 GWh = 6.132万 GWh (about 61 TWh), but the report writes 6.132万亿 GWh, 100 million times too much. The preceding 8760 GWh per 1 GW data center assumes 100% utilisation all year. The report also says renewables are 28% of the US power mix.'
};
MATCH (a:Entity {id: 'program:tx-nm-ai-wind-solar-projects'}), (b:Entity {id: 'state:us-tx'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:tx-nm-ai-wind-solar-projects-located-in-texas'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '得克萨斯州、新墨西哥州等数据中心集中区域,已规划建设超20吉瓦的风电与光伏项目,专门配套AI基建需求'
};
MATCH (a:Entity {id: 'program:tx-nm-ai-wind-solar-projects'}), (b:Entity {id: 'state:us-nm'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:tx-nm-ai-wind-solar-projects-located-in-new-mexico'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '得克萨斯州、新墨西哥州等数据中心集中区域,已规划建设超20吉瓦的风电与光伏项目,专门配套AI基建需求'
};
MATCH (a:Entity {id: 'program:tx-nm-ai-wind-solar-projects'}), (b:Entity {id: 'technology:renewable-energy'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:tx-nm-ai-wind-solar-projects-focus-on-renewable-energy'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '得克萨斯州、新墨西哥州等数据中心集中区域,已规划建设超20吉瓦的风电与光伏项目,专门配套AI基建需求',
  scope: 'more than 20 GW of wind and solar'
};
MATCH (a:Entity {id: 'program:tx-nm-ai-wind-solar-projects'}), (b:Entity {id: 'technology:ai-data-centers'})
MERGE (a)-[r:SUPPLIES {id: 'claim:tx-nm-ai-wind-solar-projects-supply-ai-data-centers'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '得克萨斯州、新墨西哥州等数据中心集中区域,已规划建设超20吉瓦的风电与光伏项目,专门配套AI基建需求',
  scope: 'power dedicated to AI infrastructure demand',
  note: 'The more than 20 GW figure is unverified.'
};
MATCH (a:Entity {id: 'agency:ercot'}), (b:Entity {id: 'technology:ai-data-centers'})
MERGE (a)-[r:REGULATES {id: 'claim:ercot-regulates-ai-data-centers'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.45,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '得克萨斯州电力可靠性委员会(ERCOT)虽预警2026年夏季电力缺口,但也推动AI企业与能源公司深度合作',
  scope: 'Texas grid operator: warned of a summer 2026 power shortfall and pushes AI-energy cooperation',
  note: 'The summer 2026 shortfall warning is not sourced.'
};
MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'company:nextera-energy'})
MERGE (a)-[r:PARTNERS_WITH {id: 'claim:microsoft-partners-with-nextera-energy'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软与NextEra Energy共建“算力-能源一体化”园区,利用风电与储能保障数据中心供电',
  scope: 'co-building a compute-energy integrated campus',
  note: 'No such Microsoft-NextEra campus is publicly known. Unverified.'
};
MATCH (a:Entity {id: 'company:microsoft'}), (b:Entity {id: 'program:microsoft-nextera-compute-energy-campus'})
MERGE (a)-[r:LEADS {id: 'claim:microsoft-leads-compute-energy-campus'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软与NextEra Energy共建“算力-能源一体化”园区,利用风电与储能保障数据中心供电',
  role: 'co-developer'
};
MATCH (a:Entity {id: 'company:nextera-energy'}), (b:Entity {id: 'program:microsoft-nextera-compute-energy-campus'})
MERGE (a)-[r:LEADS {id: 'claim:nextera-energy-leads-compute-energy-campus'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '微软与NextEra Energy共建“算力-能源一体化”园区,利用风电与储能保障数据中心供电',
  role: 'co-developer'
};
MATCH (a:Entity {id: 'program:microsoft-nextera-compute-energy-campus'}), (b:Entity {id: 'technology:renewable-energy'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:compute-energy-campus-focuses-on-renewable-energy'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '利用风电与储能保障数据中心供电,同时将多余算力用于能源调度优化',
  scope: 'wind power and storage for data-center supply'
};
MATCH (a:Entity {id: 'company:nextera-energy'}), (b:Entity {id: 'technology:ai-data-centers'})
MERGE (a)-[r:SUPPLIES {id: 'claim:nextera-energy-supplies-ai-data-centers'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'NextEra Energy(AI数据中心可再次生产的能源供应商)',
  scope: 'renewable power for AI data centers'
};
MATCH (a:Entity {id: 'agency:california-government'}), (b:Entity {id: 'technology:ai-data-centers'})
MERGE (a)-[r:REGULATES {id: 'claim:california-government-regulates-ai-data-centers'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '加州“100%可再次生产的能源配套”要求,倒逼液冷、余热回收等节能技术加速落地',
  scope: 'requirement that data centers be matched with 100% renewable energy',
  note: 'No California rule requiring 100% renewable supply for data centers is known. The state\'s 100% clean electricity target is for 2045.'
};
MATCH (a:Entity {id: 'company:iceotope'}), (b:Entity {id: 'technology:liquid-cooling'})
MERGE (a)-[r:DEVELOPS {id: 'claim:iceotope-develops-liquid-cooling'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'Iceotope等企业的液冷方案已在加州数据中心实现能耗降低30%的效果',
  scope: 'liquid cooling deployed in California data centers, energy use -30%',
  note: 'The 30% saving is repeated in the small-cap section (液冷技术突破降低能耗30%), which also promises possible 10x growth in 3-5 years, a promotional claim.'
};
MATCH (a:Entity {id: 'company:ge-vernova'}), (b:Entity {id: 'technology:distributed-energy-storage'})
MERGE (a)-[r:DEVELOPS {id: 'claim:ge-vernova-develops-distributed-energy-storage'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'GE Vernova则推出专为AI数据中心设计的分布式储能系统',
  scope: 'distributed energy storage designed for AI data centers'
};
MATCH (a:Entity {id: 'company:ge-vernova'}), (b:Entity {id: 'technology:ai-data-centers'})
MERGE (a)-[r:SUPPLIES {id: 'claim:ge-vernova-supplies-ai-data-centers'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'GE Vernova则推出专为AI数据中心设计的分布式储能系统,订单量已突破50亿美元',
  amountUsd: 5000000000.0,
  scope: 'distributed energy storage orders (more than 5 billion USD, lower bound)',
  note: 'Order figure unverified.'
};

// --- US-China and global links ---
MATCH (a:Entity {id: 'state:cn'}), (b:Entity {id: 'technology:ai-applications'})
MERGE (a)-[r:FUNDS {id: 'claim:cn-funds-ai-applications'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '中国1.2万亿元人民币(约1650亿美元)投入侧重应用场景拓展',
  amountOriginal: '1.2万亿元人民币',
  amountUsd: 165000000000.0,
  scope: 'AI investment focused on application scenarios',
  note: 'The conversion is plausible (about 7.3 CNY per USD) but the source, scope and period of the 1.2 trillion CNY figure are not given.'
};
MATCH (a:Entity {id: 'state:cn'}), (b:Entity {id: 'state:us'})
MERGE (a)-[r:SUPPLIES {id: 'claim:cn-supplies-us-data-center-equipment'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '中国企业为美国数据中心提供精密空调、电源等配套设备',
  scope: 'precision air conditioning, power supplies and other ancillary equipment for US data centers (by unnamed Chinese companies)'
};
MATCH (a:Entity {id: 'state:us'}), (b:Entity {id: 'state:cn'})
MERGE (a)-[r:SUPPLIES {id: 'claim:us-supplies-cn-open-source-models'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '美国基础模型通过开源方式服务中国中小企业',
  scope: 'open-source US foundation models used by Chinese SMEs',
  note: 'Overstated: leading US models such as OpenAI\'s are closed and their services are not offered in China. Only open-weight releases fit.'
};
MATCH (a:Entity {id: 'company:baidu'}), (b:Entity {id: 'program:baidu-paddlepaddle'})
MERGE (a)-[r:OWNS {id: 'claim:baidu-owns-paddlepaddle'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '百度飞桨开发者超1000万'
};
MATCH (a:Entity {id: 'company:baidu'}), (b:Entity {id: 'state:cn'})
MERGE (a)-[r:LOCATED_IN {id: 'claim:baidu-located-in-cn'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.9,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '与中国在算法应用(百度飞桨开发者超1000万)'
};
MATCH (a:Entity {id: 'program:baidu-paddlepaddle'}), (b:Entity {id: 'technology:ai-applications'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:paddlepaddle-focuses-on-ai-applications'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '与中国在算法应用(百度飞桨开发者超1000万)、数据处理的特长相结合',
  scope: 'algorithm applications, with more than 10 million developers'
};

// --- Talent programs ---
MATCH (a:Entity {id: 'agency:white-house'}), (b:Entity {id: 'program:h1b-ai-talent-visa'})
MERGE (a)-[r:ADMINISTERS {id: 'claim:white-house-administers-h1b-ai-talent-visa'}]->(b)
SET r += {
  status: 'PLANNED',
  confidence: 0.15,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '特朗普政府“AI人才签证计划”将H-1B签证配额增加50%',
  scope: 'H-1B quota increase of 50% for AI talent',
  note: 'Contradicts known facts: the H-1B cap is set by statute and cannot be raised by the administration alone, and in September 2025 the administration instead imposed a 100,000 USD fee on new H-1B petitions. The same sentence cites an average salary of 450,000 USD at OpenAI and similar firms, unsourced.'
};
MATCH (a:Entity {id: 'state:cn'}), (b:Entity {id: 'program:china-ai-talent-return'})
MERGE (a)-[r:LEADS {id: 'claim:cn-leads-china-ai-talent-return'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '中国“AI人才回流计划”吸引的海外人才,已在无人驾驶、AI医疗等领域创办120余家企业',
  note: 'No program of this exact name is identified. The 120 companies figure is unverified.'
};
MATCH (a:Entity {id: 'program:china-ai-talent-return'}), (b:Entity {id: 'technology:autonomous-driving'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:china-ai-talent-return-focuses-on-autonomous-driving'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '中国“AI人才回流计划”吸引的海外人才,已在无人驾驶、AI医疗等领域创办120余家企业',
  scope: 'companies founded by returnees'
};
MATCH (a:Entity {id: 'program:china-ai-talent-return'}), (b:Entity {id: 'technology:medical-ai'})
MERGE (a)-[r:FOCUSES_ON {id: 'claim:china-ai-talent-return-focuses-on-medical-ai'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '中国“AI人才回流计划”吸引的海外人才,已在无人驾驶、AI医疗等领域创办120余家企业',
  scope: 'companies founded by returnees'
};
MATCH (a:Entity {id: 'state:eu'}), (b:Entity {id: 'program:eu-digital-talent-passport'})
MERGE (a)-[r:LEADS {id: 'claim:eu-leads-eu-digital-talent-passport'}]->(b)
SET r += {
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '欧盟“数字人才护照”也推动人才在跨区域项目中流动',
  note: 'No EU scheme of this name is identified (the closest is the proposed EU Talent Pool).'
};
