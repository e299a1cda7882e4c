// V0025: every number of the report as a typed measure (issue 9, re-audit), or a claim property already typed:
// a (:Measure {id, subject, metric, value, unit, status, confidence, sources, quote, ...}) node per figure, its
// subject the entity or claim it is about. Values are as the sentence writes them, in the unit it names (92 with
// PERCENT is 92%); a bound says more than (超, 突破, 以上, 余), at most (以下) or about (近). A figure the source gives
// for several states together keeps them together (places), and a figure that is part of another names it (partOf).
// docs/seed-report.md (Re-audit) lists them sentence by sentence. Every quote is a verbatim substring of the report.

MERGE (m:Measure {id: 'measure:us-ai-share-of-gdp-growth-2025-h1'})
SET m += {
  subject: 'state:us',
  metric: 'ai-share-of-gdp-growth',
  value: 92.0,
  unit: 'PERCENT',
  period: '2025-H1',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '2025年上半年美国AI相关支出对GDP增长的贡献占比达92%',
  note: 'The widely cited estimate behind this figure concerns investment in information-processing equipment and software, not AI spending as such.'
};
MERGE (m:Measure {id: 'measure:us-gdp-growth-excluding-ai-2025-h1'})
SET m += {
  subject: 'state:us',
  metric: 'gdp-growth-excluding-ai',
  value: 0.1,
  unit: 'PERCENT',
  period: '2025-H1',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '剔除AI投资后经济实际增长仅0.1%'
};
MERGE (m:Measure {id: 'measure:us-ai-share-of-gdp-growth-restated'})
SET m += {
  subject: 'state:us',
  metric: 'ai-share-of-gdp-growth',
  value: 92.0,
  bound: 'AT_LEAST',
  unit: 'PERCENT',
  period: '2025-H1',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'GDP贡献超92%的核心数据',
  inferred: true,
  inference: 'The period: the conclusion gives none, read as the H1 2025 figure of the opening paragraph that it restates.',
  note: 'The conclusion restates the opening 达92% (reaches 92%) as 超92% (more than 92%): the two wordings of one figure contradict each other.'
};
MERGE (m:Measure {id: 'measure:genesis-mission-priority-field-count'})
SET m += {
  subject: 'program:genesis-mission',
  metric: 'priority-field-count',
  value: 6.0,
  unit: 'COUNT',
  status: 'REPORTED',
  confidence: 0.85,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '计划划定六大优先攻关领域',
  note: 'The seed splits the energy field into nuclear fusion and advanced fission, so seven Technology nodes stand for the six fields.'
};
MERGE (m:Measure {id: 'measure:genesis-mission-leadership-horizon'})
SET m += {
  subject: 'program:genesis-mission',
  metric: 'leadership-goal-horizon',
  value: 20.0,
  unit: 'YEARS',
  status: 'PLANNED',
  confidence: 0.7,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '确保美国在未来20年保持AI与基础科学的双重全球领先',
  scope: 'goal: a double global lead in AI and basic science for the next 20 years'
};
MERGE (m:Measure {id: 'measure:stargate-new-data-centers'})
SET m += {
  subject: 'program:stargate',
  metric: 'data-center-count',
  value: 5.0,
  unit: 'COUNT',
  status: 'REPORTED',
  asOf: date('2025-11-01'),
  confidence: 0.7,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '截至11月,该项目已确定在美国新建5个超大型AI数据中心',
  scope: 'new hyperscale AI data centers confirmed',
  places: ['state:us']
};
MERGE (m:Measure {id: 'measure:stargate-ohio-texas-data-centers'})
SET m += {
  subject: 'program:stargate',
  metric: 'data-center-count',
  value: 2.0,
  unit: 'COUNT',
  status: 'REPORTED',
  confidence: 0.7,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其中俄亥俄州与得克萨斯州的两座数据中心将在18个月内实现1.5千兆瓦容量投产',
  scope: 'the Ohio and Texas data centers',
  places: ['state:us-oh', 'state:us-tx'],
  partOf: 'measure:stargate-new-data-centers'
};
MERGE (m:Measure {id: 'measure:stargate-oracle-data-centers'})
SET m += {
  subject: 'program:stargate',
  metric: 'data-center-count',
  value: 3.0,
  unit: 'COUNT',
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '而与甲骨文合作的得州、新墨西哥州三座数据中心则瞄准4.5千兆瓦总容量',
  scope: 'the Oracle-partnered data centers in Texas and New Mexico',
  places: ['state:us-tx', 'state:us-nm'],
  partOf: 'measure:stargate-new-data-centers'
};
MERGE (m:Measure {id: 'measure:stargate-total-capacity'})
SET m += {
  subject: 'program:stargate',
  metric: 'planned-capacity',
  value: 7.0,
  bound: 'APPROXIMATE',
  unit: 'GW',
  period: 'within three years',
  status: 'PLANNED',
  confidence: 0.55,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '加上既有设施,项目三年内将达成近7千兆瓦的算力规模',
  scope: 'all Stargate data centers including existing facilities',
  places: ['state:us']
};
MERGE (m:Measure {id: 'measure:stargate-ohio-texas-capacity'})
SET m += {
  subject: 'program:stargate',
  metric: 'planned-capacity',
  value: 1.5,
  unit: 'GW',
  period: 'within 18 months',
  status: 'PLANNED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其中俄亥俄州与得克萨斯州的两座数据中心将在18个月内实现1.5千兆瓦容量投产',
  scope: 'the Ohio and Texas data centers together',
  places: ['state:us-oh', 'state:us-tx'],
  partOf: 'measure:stargate-total-capacity'
};
MERGE (m:Measure {id: 'measure:stargate-oracle-sites-capacity'})
SET m += {
  subject: 'program:stargate',
  metric: 'planned-capacity',
  value: 4.5,
  unit: 'GW',
  status: 'PLANNED',
  confidence: 0.5,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '而与甲骨文合作的得州、新墨西哥州三座数据中心则瞄准4.5千兆瓦总容量',
  scope: 'target total capacity of the three Oracle-partnered data centers',
  places: ['state:us-tx', 'state:us-nm'],
  partOf: 'measure:stargate-total-capacity'
};
MERGE (m:Measure {id: 'measure:stargate-capacity-vs-top-ai-data-centers'})
SET m += {
  subject: 'program:stargate',
  metric: 'capacity-vs-top-ai-data-centers',
  value: 1.2,
  unit: 'TIMES',
  status: 'REPORTED',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '相当于当前全球顶级AI数据中心总容量的1.2倍',
  note: 'The comparison has no stated basis.'
};
MERGE (m:Measure {id: 'measure:stargate-cost-per-data-center'})
SET m += {
  subject: 'program:stargate',
  metric: 'construction-cost-per-data-center',
  value: 8000000000.0,
  unit: 'USD',
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '“星际之门”项目单座数据中心80亿美元的建设成本与8-10年回收期',
  scope: 'one data center'
};
MERGE (m:Measure {id: 'measure:stargate-payback-period'})
SET m += {
  subject: 'program:stargate',
  metric: 'payback-period',
  value: 8.0,
  valueTo: 10.0,
  unit: 'YEARS',
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '“星际之门”项目单座数据中心80亿美元的建设成本与8-10年回收期',
  scope: 'one data center'
};
MERGE (m:Measure {id: 'measure:stargate-appropriation-delay'})
SET m += {
  subject: 'program:stargate',
  metric: 'appropriation-delay',
  value: 3.0,
  valueTo: 6.0,
  unit: 'MONTHS',
  status: 'FORECAST',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '这场博弈可能会引起项目拨款审批延迟3-6个月',
  scope: 'delay of the appropriation approval from the regional dispute'
};
MERGE (m:Measure {id: 'measure:aip-fund-size'})
SET m += {
  subject: 'program:ai-infrastructure-partnership',
  metric: 'fund-size',
  value: 30000000000.0,
  unit: 'USD',
  status: 'REPORTED',
  confidence: 0.65,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '启动300亿美元基金',
  note: 'The 100 billion USD it plans to mobilise is the TARGET amount of claim:ai-infrastructure-partnership-focuses-on-ai-data-centers.'
};
MERGE (m:Measure {id: 'measure:renewable-mandate-share'})
SET m += {
  subject: 'claim:democratic-party-supports-renewable-mandate',
  metric: 'required-renewable-share',
  value: 50.0,
  unit: 'PERCENT',
  status: 'PROPOSED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '二是强制要求基建项目配套50%的可再次生产的能源',
  scope: 'renewable energy to be matched with AI infrastructure projects'
};
MERGE (m:Measure {id: 'measure:blue-state-allocation-base'})
SET m += {
  subject: 'program:blue-state-allocation-amendment',
  metric: 'allocation-base',
  value: 1000000000.0,
  unit: 'USD',
  status: 'PROPOSED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '每投资10亿美元需向蓝州倾斜3亿美元',
  scope: 'each 1 billion USD invested'
};
MERGE (m:Measure {id: 'measure:blue-state-allocation'})
SET m += {
  subject: 'program:blue-state-allocation-amendment',
  metric: 'required-allocation',
  value: 300000000.0,
  unit: 'USD',
  status: 'PROPOSED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '每投资10亿美元需向蓝州倾斜3亿美元',
  scope: 'to be directed to blue states out of each 1 billion USD invested',
  partOf: 'measure:blue-state-allocation-base'
};
MERGE (m:Measure {id: 'measure:nvidia-data-center-revenue-2025-q3'})
SET m += {
  subject: 'company:nvidia',
  metric: 'data-center-revenue',
  value: 28600000000.0,
  unit: 'USD',
  period: '2025-Q3',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '根据其2025年Q3财报,数据中心业务收入达286亿美元',
  note: 'Matches no published Nvidia quarter (about 30.8 billion USD in fiscal Q3 2025, 51.2 billion USD in fiscal Q3 2026).'
};
MERGE (m:Measure {id: 'measure:nvidia-data-center-revenue-growth-2025-q3'})
SET m += {
  subject: 'company:nvidia',
  metric: 'data-center-revenue-growth-yoy',
  value: 142.0,
  unit: 'PERCENT',
  period: '2025-Q3',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '数据中心业务收入达286亿美元,同比增长142%'
};
MERGE (m:Measure {id: 'measure:nvidia-ai-chip-market-share'})
SET m += {
  subject: 'company:nvidia',
  metric: 'market-share',
  value: 83.0,
  unit: 'PERCENT',
  period: 'current',
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '市场占有率有望从当前的83%提升至88%',
  relativeTo: 'technology:ai-chips',
  note: 'Repeated in the US-China section as 英伟达市占率83%, with the same figure.'
};
MERGE (m:Measure {id: 'measure:nvidia-ai-chip-market-share-forecast'})
SET m += {
  subject: 'company:nvidia',
  metric: 'market-share',
  value: 88.0,
  unit: 'PERCENT',
  status: 'FORECAST',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '市场占有率有望从当前的83%提升至88%',
  scope: 'analysts forecast',
  relativeTo: 'technology:ai-chips'
};
MERGE (m:Measure {id: 'measure:vertiv-related-revenue-2025'})
SET m += {
  subject: 'company:vertiv',
  metric: 'related-business-revenue',
  value: 1200000000.0,
  bound: 'AT_LEAST',
  unit: 'USD',
  period: '2025',
  status: 'FORECAST',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '预计2025年相关业务收入将突破12亿美元,同比增长95%',
  note: 'The report does not say whether this is Stargate revenue.'
};
MERGE (m:Measure {id: 'measure:vertiv-related-revenue-growth-2025'})
SET m += {
  subject: 'company:vertiv',
  metric: 'related-business-revenue-growth-yoy',
  value: 95.0,
  unit: 'PERCENT',
  period: '2025',
  status: 'FORECAST',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '预计2025年相关业务收入将突破12亿美元,同比增长95%'
};
MERGE (m:Measure {id: 'measure:nih-clinical-case-count'})
SET m += {
  subject: 'dataset:nih-clinical-data',
  metric: 'case-count',
  value: 120000000.0,
  unit: 'COUNT',
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其中仅国家卫生研究院(NIH)的临床数据就涵盖1.2亿份病例',
  note: 'Unverified. Also kept as the dataset property records.'
};
MERGE (m:Measure {id: 'measure:openai-fusion-simulation-time-before'})
SET m += {
  subject: 'claim:openai-accesses-federal-fusion-experiment-data',
  metric: 'fusion-simulation-time',
  value: 3.0,
  unit: 'MONTHS',
  period: 'before the dedicated model',
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '将聚变反应的模拟时间从原来的3个月缩短至48小时'
};
MERGE (m:Measure {id: 'measure:openai-fusion-simulation-time-after'})
SET m += {
  subject: 'claim:openai-accesses-federal-fusion-experiment-data',
  metric: 'fusion-simulation-time',
  value: 48.0,
  unit: 'HOURS',
  period: 'with the dedicated model',
  status: 'REPORTED',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '将聚变反应的模拟时间从原来的3个月缩短至48小时'
};
MERGE (m:Measure {id: 'measure:azure-weather-model-accuracy-gain'})
SET m += {
  subject: 'claim:azure-openai-service-accesses-federal-weather-data',
  metric: 'forecast-accuracy-improvement',
  value: 30.0,
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '开发出精准度提升30%的极端天气预测模型',
  scope: 'extreme-weather forecasting model'
};
MERGE (m:Measure {id: 'measure:us-foundation-model-market-2025'})
SET m += {
  subject: 'technology:foundation-models',
  metric: 'market-size',
  value: 68000000000.0,
  unit: 'USD',
  period: '2025',
  status: 'FORECAST',
  confidence: 0.35,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '2025年美国AI基础模型市场规模将达680亿美元',
  places: ['state:us']
};
MERGE (m:Measure {id: 'measure:federal-data-custom-model-share-2025'})
SET m += {
  subject: 'technology:foundation-models',
  metric: 'federal-data-custom-model-share',
  value: 40.0,
  bound: 'AT_LEAST',
  unit: 'PERCENT',
  period: '2025',
  status: 'FORECAST',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其中联邦数据相关的定制化模型占比将突破40%',
  places: ['state:us'],
  note: 'Contradicts the report itself: federal data opening only starts in 2026.'
};
MERGE (m:Measure {id: 'measure:biotech-preclinical-cycle-before'})
SET m += {
  subject: 'technology:biotechnology',
  metric: 'preclinical-cycle',
  value: 6.0,
  unit: 'YEARS',
  period: 'before AI models',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '新药研发的临床前周期从平均6年缩短至1.5年',
  scope: 'new drug development, on average'
};
MERGE (m:Measure {id: 'measure:biotech-preclinical-cycle-after'})
SET m += {
  subject: 'technology:biotechnology',
  metric: 'preclinical-cycle',
  value: 1.5,
  unit: 'YEARS',
  period: 'with AI models',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '新药研发的临床前周期从平均6年缩短至1.5年',
  scope: 'new drug development'
};
MERGE (m:Measure {id: 'measure:pfizer-alzheimer-rd-cost-reduction'})
SET m += {
  subject: 'claim:pfizer-accesses-federal-biological-data-platform',
  metric: 'rd-cost-reduction',
  value: 40.0,
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.15,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '成功将阿尔茨海默症新药的研发成本降低40%'
};
MERGE (m:Measure {id: 'measure:pfizer-rd-return-before'})
SET m += {
  subject: 'claim:pfizer-accesses-federal-biological-data-platform',
  metric: 'rd-return',
  value: 12.0,
  unit: 'PERCENT',
  period: 'before',
  status: 'REPORTED',
  confidence: 0.15,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '相关研发投入回报率从12%提升至25%'
};
MERGE (m:Measure {id: 'measure:pfizer-rd-return-after'})
SET m += {
  subject: 'claim:pfizer-accesses-federal-biological-data-platform',
  metric: 'rd-return',
  value: 25.0,
  unit: 'PERCENT',
  period: 'after',
  status: 'REPORTED',
  confidence: 0.15,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '相关研发投入回报率从12%提升至25%'
};
MERGE (m:Measure {id: 'measure:us-biotech-index-change-2025'})
SET m += {
  subject: 'technology:biotechnology',
  metric: 'stock-index-change',
  value: 28.0,
  unit: 'PERCENT',
  period: 'since the start of 2025',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '2025年以来美国生物科学技术板块指数上涨28%',
  scope: 'US biotechnology sector index',
  places: ['state:us']
};
MERGE (m:Measure {id: 'measure:sp500-change-2025'})
SET m += {
  subject: 'state:us',
  metric: 'stock-index-change',
  value: 11.0,
  unit: 'PERCENT',
  period: 'since the start of 2025',
  status: 'REPORTED',
  confidence: 0.5,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '远超标普500指数11%的涨幅',
  scope: 'S&P 500',
  inferred: true,
  inference: 'The period: the clause gives none, read as since the start of 2025 like the biotech index it is compared with.'
};
MERGE (m:Measure {id: 'measure:ai-drug-discovery-valuation-gain'})
SET m += {
  subject: 'technology:biotechnology',
  metric: 'average-valuation-gain',
  value: 1.8,
  unit: 'TIMES',
  period: 'since the start of 2025',
  status: 'REPORTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '其中聚焦AI药物研发的企业估值平均提升1.8倍',
  scope: 'companies focused on AI drug discovery, on average',
  note: 'Ambiguous: 提升1.8倍 may mean up by 1.8 times (to 2.8 times) or up to 1.8 times.'
};
MERGE (m:Measure {id: 'measure:helion-net-energy-gain'})
SET m += {
  subject: 'claim:helion-energy-develops-nuclear-fusion',
  metric: 'net-energy-gain',
  value: 1.2,
  bound: 'AT_LEAST',
  unit: 'TIMES',
  status: 'REPORTED',
  confidence: 0.15,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '实现聚变反应净能量输出突破1.2倍',
  note: 'Helion has not publicly demonstrated net energy gain.'
};
MERGE (m:Measure {id: 'measure:helion-commercial-plant-target-year'})
SET m += {
  subject: 'claim:helion-energy-plans-commercial-fusion-plant',
  metric: 'target-year',
  value: 2028.0,
  unit: 'CALENDAR_YEAR',
  status: 'PLANNED',
  confidence: 0.45,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '预计2028年可建成全球首座商业化聚变电站',
  scope: 'the world\'s first commercial fusion power plant'
};
MERGE (m:Measure {id: 'measure:intel-process-development-cycle-before'})
SET m += {
  subject: 'claim:intel-develops-semiconductors',
  metric: 'process-development-cycle',
  value: 3.0,
  unit: 'YEARS',
  period: 'before AI chip design tools',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '将先进制程的研发周期从3年缩短至18个月'
};
MERGE (m:Measure {id: 'measure:intel-process-development-cycle-after'})
SET m += {
  subject: 'claim:intel-develops-semiconductors',
  metric: 'process-development-cycle',
  value: 18.0,
  unit: 'MONTHS',
  period: 'with AI chip design tools',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '将先进制程的研发周期从3年缩短至18个月'
};
MERGE (m:Measure {id: 'measure:intel-7nm-yield-initial'})
SET m += {
  subject: 'claim:intel-develops-semiconductors',
  metric: 'process-yield',
  value: 35.0,
  unit: 'PERCENT',
  period: 'initial',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '7纳米制程良率从初期的35%提升至62%',
  scope: '7 nm process'
};
MERGE (m:Measure {id: 'measure:intel-7nm-yield-now'})
SET m += {
  subject: 'claim:intel-develops-semiconductors',
  metric: 'process-yield',
  value: 62.0,
  unit: 'PERCENT',
  period: 'with AI chip design tools',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '7纳米制程良率从初期的35%提升至62%',
  scope: '7 nm process'
};
MERGE (m:Measure {id: 'measure:azure-compliance-revenue-growth'})
SET m += {
  subject: 'program:azure-openai-service',
  metric: 'value-added-service-revenue-growth-qoq',
  value: 50.0,
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '相关增值服务收入环比增长50%',
  scope: 'value-added services around the regulatory adaptation module, quarter on quarter'
};
MERGE (m:Measure {id: 'measure:softbank-blackstone-capital-recouped'})
SET m += {
  subject: 'claim:softbank-partners-with-blackstone',
  metric: 'capital-recouped-early',
  value: 30.0,
  unit: 'PERCENT',
  status: 'COMMITTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '提前回笼30%投资资金',
  note: 'Ambiguous base: SoftBank\'s 150 billion USD pledge or the assets spun off.'
};
MERGE (m:Measure {id: 'measure:oracle-amazon-compute-contract-term'})
SET m += {
  subject: 'claim:oracle-supplies-amazon',
  metric: 'contract-term',
  value: 5.0,
  unit: 'YEARS',
  status: 'COMMITTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '向亚马逊、Meta等企业提前锁定5年算力订单'
};
MERGE (m:Measure {id: 'measure:oracle-meta-compute-contract-term'})
SET m += {
  subject: 'claim:oracle-supplies-meta',
  metric: 'contract-term',
  value: 5.0,
  unit: 'YEARS',
  status: 'COMMITTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '向亚马逊、Meta等企业提前锁定5年算力订单'
};
MERGE (m:Measure {id: 'measure:microsoft-aip-data-center-utilisation'})
SET m += {
  subject: 'claim:microsoft-funds-ai-infrastructure-partnership',
  metric: 'data-center-utilisation',
  value: 90.0,
  bound: 'AT_LEAST',
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '将数据中心利用率提升至90%以上'
};
MERGE (m:Measure {id: 'measure:microsoft-aip-return-gain'})
SET m += {
  subject: 'claim:microsoft-funds-ai-infrastructure-partnership',
  metric: 'return-on-investment-gain',
  value: 25.0,
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '投资回报率较初期提升25%',
  scope: 'compared with the start'
};
MERGE (m:Measure {id: 'measure:morgan-stanley-funding-gap-coverage'})
SET m += {
  subject: 'claim:morgan-stanley-supports-stargate',
  metric: 'coverable-share-of-funding-gap',
  value: 80.0,
  unit: 'PERCENT',
  status: 'FORECAST',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '可覆盖“星际之门”项目80%的资金缺口',
  scope: 'share of a delayed appropriation that companies can cover'
};
MERGE (m:Measure {id: 'measure:morgan-stanley-delay-risk'})
SET m += {
  subject: 'claim:morgan-stanley-supports-stargate',
  metric: 'delay-risk',
  value: 15.0,
  bound: 'AT_MOST',
  unit: 'PERCENT',
  status: 'FORECAST',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '实际延期风险已降至15%以下'
};
MERGE (m:Measure {id: 'measure:ai-data-center-reference-capacity'})
SET m += {
  subject: 'technology:ai-data-centers',
  metric: 'capacity',
  value: 1.0,
  unit: 'GW',
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '一座1千兆瓦容量的AI数据中心年均耗电量达8760吉瓦时',
  scope: 'the sentence\'s example data center'
};
MERGE (m:Measure {id: 'measure:ai-data-center-annual-energy-use'})
SET m += {
  subject: 'technology:ai-data-centers',
  metric: 'annual-energy-use',
  value: 8760.0,
  unit: 'GWH_PER_YEAR',
  status: 'REPORTED',
  confidence: 0.5,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '一座1千兆瓦容量的AI数据中心年均耗电量达8760吉瓦时',
  scope: 'the sentence\'s example data center',
  note: '8760 GWh a year is 1 GW for all 8760 hours of a year: the figure assumes full load without a pause.'
};
MERGE (m:Measure {id: 'measure:stargate-new-electricity-demand'})
SET m += {
  subject: 'program:stargate',
  metric: 'annual-energy-use',
  value: 6132000000000.0,
  unit: 'GWH_PER_YEAR',
  status: 'REPORTED',
  confidence: 0.1,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '“星际之门”项目7千兆瓦总容量带来的6.132万亿吉瓦时新增电力需求',
  scope: 'new electricity demand of the 7 GW capacity',
  inferred: true,
  inference: 'The period: the sentence gives GWh without a period, read as per year because the figure is 7 times the annual 8760 GWh per GW of the clause before.',
  note: 'Unit error kept as stated: 7 GW x 8760 h = 61,320 GWh = 6.132万 GWh a year, but the report writes 6.132万亿 GWh, 10^8 times too much.'
};
MERGE (m:Measure {id: 'measure:us-renewable-share-of-power-mix'})
SET m += {
  subject: 'state:us',
  metric: 'renewable-share-of-power-mix',
  value: 28.0,
  unit: 'PERCENT',
  period: 'current',
  status: 'REPORTED',
  confidence: 0.5,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '当前美国电力结构中28%的可再次生产的能源占比'
};
MERGE (m:Measure {id: 'measure:tx-nm-wind-solar-capacity'})
SET m += {
  subject: 'program:tx-nm-ai-wind-solar-projects',
  metric: 'planned-generation-capacity',
  value: 20.0,
  bound: 'AT_LEAST',
  unit: 'GW',
  status: 'PLANNED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '已规划建设超20吉瓦的风电与光伏项目',
  scope: 'wind and solar projects dedicated to AI infrastructure',
  places: ['state:us-tx', 'state:us-nm']
};
MERGE (m:Measure {id: 'measure:iceotope-energy-saving'})
SET m += {
  subject: 'claim:iceotope-develops-liquid-cooling',
  metric: 'energy-use-reduction',
  value: 30.0,
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.4,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'Iceotope等企业的液冷方案已在加州数据中心实现能耗降低30%的效果',
  scope: 'liquid cooling in California data centers',
  places: ['state:us-ca'],
  note: 'Repeated in the small-cap section as 液冷技术突破降低能耗30%, with the same figure.'
};
MERGE (m:Measure {id: 'measure:california-renewable-matching-requirement'})
SET m += {
  subject: 'claim:california-government-regulates-ai-data-centers',
  metric: 'required-renewable-share',
  value: 100.0,
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '加州“100%可再次生产的能源配套”要求',
  places: ['state:us-ca'],
  note: 'No such California rule is known.'
};
MERGE (m:Measure {id: 'measure:cn-ai-investment-cny'})
SET m += {
  subject: 'claim:cn-funds-ai-applications',
  metric: 'investment-size',
  value: 1200000000000.0,
  unit: 'CNY',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '中国1.2万亿元人民币(约1650亿美元)投入侧重应用场景拓展',
  note: 'The claim keeps the report\'s own conversion, about 165 billion USD (约1650亿美元), as a SIZE amount.'
};
MERGE (m:Measure {id: 'measure:paddlepaddle-developer-count'})
SET m += {
  subject: 'program:baidu-paddlepaddle',
  metric: 'developer-count',
  value: 10000000.0,
  bound: 'AT_LEAST',
  unit: 'COUNT',
  status: 'REPORTED',
  confidence: 0.6,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '百度飞桨开发者超1000万'
};
MERGE (m:Measure {id: 'measure:h1b-quota-increase'})
SET m += {
  subject: 'program:h1b-ai-talent-visa',
  metric: 'quota-increase',
  value: 50.0,
  unit: 'PERCENT',
  status: 'PLANNED',
  confidence: 0.15,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '特朗普政府“AI人才签证计划”将H-1B签证配额增加50%',
  note: 'The H-1B cap is set by statute.'
};
MERGE (m:Measure {id: 'measure:openai-average-annual-salary'})
SET m += {
  subject: 'company:openai',
  metric: 'average-annual-salary',
  value: 450000.0,
  unit: 'USD',
  status: 'REPORTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: 'OpenAI等企业45万美元的平均年薪',
  inferred: true,
  inference: 'The subject: the sentence gives one figure for several companies together (OpenAI等企业, OpenAI and others), read as holding for each of them.'
};
MERGE (m:Measure {id: 'measure:china-talent-return-companies'})
SET m += {
  subject: 'program:china-ai-talent-return',
  metric: 'companies-founded',
  value: 120.0,
  bound: 'AT_LEAST',
  unit: 'COUNT',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '已在无人驾驶、AI医疗等领域创办120余家企业',
  scope: 'companies founded by returnees'
};
MERGE (m:Measure {id: 'measure:nvidia-global-talent-share'})
SET m += {
  subject: 'company:nvidia',
  metric: 'global-talent-share-of-developers',
  value: 60.0,
  bound: 'AT_LEAST',
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '英伟达、OpenAI等企业的开发团队中,全球人才占比超60%',
  inferred: true,
  inference: 'The subject: the sentence gives one figure for several companies together (英伟达、OpenAI等企业, Nvidia, OpenAI and others), read as holding for each of them.'
};
MERGE (m:Measure {id: 'measure:nvidia-iteration-speed-vs-peers'})
SET m += {
  subject: 'company:nvidia',
  metric: 'iteration-speed-vs-peers',
  value: 30.0,
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '推动其产品迭代速度较同行快30%',
  scope: 'faster than peers',
  inferred: true,
  inference: 'The subject: the sentence gives one figure for several companies together (英伟达、OpenAI等企业, Nvidia, OpenAI and others), read as holding for each of them.'
};
MERGE (m:Measure {id: 'measure:openai-global-talent-share'})
SET m += {
  subject: 'company:openai',
  metric: 'global-talent-share-of-developers',
  value: 60.0,
  bound: 'AT_LEAST',
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.25,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '英伟达、OpenAI等企业的开发团队中,全球人才占比超60%',
  inferred: true,
  inference: 'The subject: the sentence gives one figure for several companies together (英伟达、OpenAI等企业, Nvidia, OpenAI and others), read as holding for each of them.'
};
MERGE (m:Measure {id: 'measure:openai-iteration-speed-vs-peers'})
SET m += {
  subject: 'company:openai',
  metric: 'iteration-speed-vs-peers',
  value: 30.0,
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.2,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '推动其产品迭代速度较同行快30%',
  scope: 'faster than peers',
  inferred: true,
  inference: 'The subject: the sentence gives one figure for several companies together (英伟达、OpenAI等企业, Nvidia, OpenAI and others), read as holding for each of them.'
};
MERGE (m:Measure {id: 'measure:cn-talent-zones-overseas-talent'})
SET m += {
  subject: 'state:cn',
  metric: 'overseas-talent-attracted',
  value: 2000.0,
  bound: 'AT_LEAST',
  unit: 'COUNT',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '中国深圳、上海的AI人才特区,已吸引2000余名海外高品质人才',
  scope: 'AI talent zones of Shenzhen and Shanghai'
};
MERGE (m:Measure {id: 'measure:cn-talent-zones-valuation-gain'})
SET m += {
  subject: 'state:cn',
  metric: 'average-valuation-gain',
  value: 40.0,
  unit: 'PERCENT',
  status: 'REPORTED',
  confidence: 0.3,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '带动当地AI企业估值平均提升40%',
  scope: 'local AI companies of the Shenzhen and Shanghai talent zones'
};
MERGE (m:Measure {id: 'measure:scale-ai-growth-potential'})
SET m += {
  subject: 'company:scale-ai',
  metric: 'growth-potential',
  value: 10.0,
  bound: 'AT_LEAST',
  unit: 'TIMES',
  period: 'within 3-5 years',
  status: 'FORECAST',
  confidence: 0.1,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '未来3-5年可能实现10倍以上的增长',
  inferred: true,
  inference: 'The subject: the sentence says these companies (这一些企业), read as each of Scale AI, Darktrace and Iceotope named before it.',
  note: 'Promotional possibility (可能), not a figure of any one company.'
};
MERGE (m:Measure {id: 'measure:darktrace-growth-potential'})
SET m += {
  subject: 'company:darktrace',
  metric: 'growth-potential',
  value: 10.0,
  bound: 'AT_LEAST',
  unit: 'TIMES',
  period: 'within 3-5 years',
  status: 'FORECAST',
  confidence: 0.1,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '未来3-5年可能实现10倍以上的增长',
  inferred: true,
  inference: 'The subject: the sentence says these companies (这一些企业), read as each of Scale AI, Darktrace and Iceotope named before it.',
  note: 'Promotional possibility (可能), not a figure of any one company.'
};
MERGE (m:Measure {id: 'measure:iceotope-growth-potential'})
SET m += {
  subject: 'company:iceotope',
  metric: 'growth-potential',
  value: 10.0,
  bound: 'AT_LEAST',
  unit: 'TIMES',
  period: 'within 3-5 years',
  status: 'FORECAST',
  confidence: 0.1,
  sources: ['source:c9490bf9877dc2fc'],
  quote: '未来3-5年可能实现10倍以上的增长',
  inferred: true,
  inference: 'The subject: the sentence says these companies (这一些企业), read as each of Scale AI, Darktrace and Iceotope named before it.',
  note: 'Promotional possibility (可能), not a figure of any one company.'
};
