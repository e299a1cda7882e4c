// V0031: the seed re-audited with the vocabulary of assertions (issue 16, docs/seed-report.md "Attribution and
// bounds"). The report often relays what others said; every origin assertion written by V0029 now says whom the
// report attributes its sentence to (attributedTo, an entity id) and which document it cites (citedDocument), exactly
// as the sentence puts it. An unnamed party (分析师, 公开信息, 多个方面数据) is a cited document in the report's words,
// never a guessed entity. A sentence the report states on its own authority keeps neither: the report is the origin.
// Amounts the sentence bounds (超, 突破, 约) get amountBound (MeasureBound) on the assertion and on the claim, whose
// figures are resolved from it. Measures relayed from a party say so too. The Congress appropriation that the White
// House statement only hints at is flagged inferred, and the report's 8 billion USD per data center is recorded
// against its own 500 billion USD for five, not fixed.
// Data only, one statement per group, so the loader plans few statements (ADR 0015).

// --- Attribution of the origin assertions, sentence by sentence ---
UNWIND [
  // line 3: 白宫发布的官方声明明确了“创世纪计划”的核心定位 ... 由能源部牵头构建“美国科学与安全平台”,整合 ... 重点开发 ...
  {claims: ['us-doe-leads-genesis-mission', 'us-doe-leads-american-science-security-platform',
            'genesis-mission-owns-american-science-security-platform',
            'american-science-security-platform-accesses-federal-scientific-data',
            'american-science-security-platform-focuses-on-supercomputing',
            'american-science-security-platform-focuses-on-scientific-foundation-models',
            'american-science-security-platform-focuses-on-ai-lab-robotics'],
   attributedTo: 'agency:white-house', citedDocument: 'White House official statement of 2025-11-24 (白宫发布的官方声明)'},
  // line 5: 特朗普政府宣布由OpenAI、软银、甲骨文牵头,投资5000亿美元启动“星际之门”项目
  {claims: ['white-house-announces-stargate', 'openai-leads-stargate', 'softbank-leads-stargate', 'oracle-leads-stargate'],
   attributedTo: 'agency:white-house', citedDocument: null},
  // line 5: 根据项目进展公告,截至11月,该项目已确定在美国新建5个超大型AI数据中心,其中 ... 而与甲骨文合作的 ...
  {claims: ['stargate-located-in-us', 'stargate-located-in-ohio', 'stargate-located-in-texas',
            'stargate-oracle-sites-located-in-texas', 'stargate-located-in-new-mexico',
            'oracle-supplies-stargate-data-centers'],
   attributedTo: 'program:stargate', citedDocument: 'Stargate project progress announcement (项目进展公告), as of November 2025'},
  // line 7: 根据公开信息,软银集团承诺出资1500亿美元 ... 美国财政部为该债券提供“利息补贴”背书
  {claims: ['softbank-funds-stargate', 'softbank-owns-vision-fund', 'vision-fund-funds-stargate', 'openai-funds-stargate',
            'oracle-funds-stargate', 'stargate-project-bonds-fund-stargate', 'us-treasury-funds-stargate-project-bonds'],
   attributedTo: null, citedDocument: 'public information (公开信息), not named'},
  // line 8: 白宫声明未明确具体预算,仅暗示“需国会后续拨款支持”
  {claims: ['us-congress-funds-genesis-mission'],
   attributedTo: 'agency:white-house', citedDocument: 'White House official statement of 2025-11-24 (白宫发布的官方声明)'},
  // line 8: 能源部则透露初期将整合联邦机构现有研发资金,从2026财年科技预算中划拨120亿美元作为启动资金
  {claims: ['us-doe-funds-genesis-mission'], attributedTo: 'agency:us-doe', citedDocument: null},
  // line 11: 根据其2025年Q3财报 ... 其中仅“星际之门”项目订单就贡献了35亿美元,占该业务板块的12.2%
  {claims: ['nvidia-supplies-stargate'],
   attributedTo: 'company:nvidia', citedDocument: 'Nvidia 2025 Q3 financial report (2025年Q3财报)'},
  // line 11: 分析师预测 ... 未来三年英伟达将获得累计超200亿美元的芯片订单
  {claims: ['nvidia-supplies-stargate-forecast'], attributedTo: null, citedDocument: 'analyst forecast (分析师预测), analysts not named'},
  // line 12: 戴尔科技集团透露,已与甲骨文签订价值18亿美元的AI服务器供应协议
  {claims: ['dell-supplies-oracle'], attributedTo: 'company:dell', citedDocument: null},
  // line 13: 根据能源部规划,2026年起将逐步开放 ... 其中仅国家卫生研究院(NIH)的临床数据就涵盖1.2亿份病例
  {claims: ['us-doe-publishes-federal-open-data', 'us-nih-publishes-nih-clinical-data'],
   attributedTo: 'agency:us-doe', citedDocument: 'DOE plan (能源部规划)'},
  // line 16: 高盛测算,AI技术对美国制造业的效率提升将在未来10年创造2.3万亿美元的新增产值
  {claims: ['goldman-sachs-supports-advanced-manufacturing'], attributedTo: 'company:goldman-sachs', citedDocument: null},
  // line 18: 微软CEO纳德拉 ... 透露其Azure OpenAI服务已推出“监管适配模块” (a person's act is his organisation's)
  {claims: ['microsoft-develops-ai-compliance-tools'], attributedTo: 'company:microsoft', citedDocument: null},
  // line 20: 摩根士丹利测算,即便国会拨款延迟 ... 可覆盖“星际之门”项目80%的资金缺口
  {claims: ['morgan-stanley-supports-stargate'], attributedTo: 'company:morgan-stanley', citedDocument: null},
  // line 21: 多个方面数据显示,一座1千兆瓦容量的AI数据中心 ... 已成为可再次生产的能源的重要增量市场
  {claims: ['renewable-energy-supplies-stargate'], attributedTo: null, citedDocument: 'data from several quarters (多个方面数据), not named'}
] AS attribution
UNWIND attribution.claims AS claim
MATCH (a:Assertion {id: 'assertion:' + claim + '-origin'})
SET a.attributedTo = attribution.attributedTo, a.citedDocument = attribution.citedDocument;

// --- Bounds the sentence puts on an amount: on the assertion and on the claim it resolves ---
// 累计超200亿美元 (more than 20 billion USD)
MATCH ()-[r:SUPPLIES {id: 'claim:nvidia-supplies-stargate-forecast'}]->()
MATCH (a:Assertion {id: 'assertion:nvidia-supplies-stargate-forecast-origin'})
SET r.amountBound = 'AT_LEAST', a.amountBound = 'AT_LEAST';
// 订单量已突破50亿美元 (orders above 5 billion USD)
MATCH ()-[r:SUPPLIES {id: 'claim:ge-vernova-supplies-ai-data-centers'}]->()
MATCH (a:Assertion {id: 'assertion:ge-vernova-supplies-ai-data-centers-origin'})
SET r.amountBound = 'AT_LEAST', a.amountBound = 'AT_LEAST';
// 中国1.2万亿元人民币(约1650亿美元): the report's own conversion, about 165 billion USD
MATCH ()-[r:FUNDS {id: 'claim:cn-funds-ai-applications'}]->()
MATCH (a:Assertion {id: 'assertion:cn-funds-ai-applications-origin'})
SET r.amountBound = 'APPROXIMATE', a.amountBound = 'APPROXIMATE';

// --- Measures relayed from a party ---
UNWIND [
  {measures: ['nvidia-data-center-revenue-2025-q3', 'nvidia-data-center-revenue-growth-2025-q3'],
   attributedTo: 'company:nvidia', citedDocument: 'Nvidia 2025 Q3 financial report (2025年Q3财报)'},
  // 分析师预测 ... 市场占有率有望从当前的83%提升至88%: both figures are in the analysts' sentence
  {measures: ['nvidia-ai-chip-market-share', 'nvidia-ai-chip-market-share-forecast'],
   attributedTo: null, citedDocument: 'analyst forecast (分析师预测), analysts not named'},
  // 白宫官员在解读中强调,该计划的终极目标是“确保美国在未来20年 ...”
  {measures: ['genesis-mission-leadership-horizon'], attributedTo: 'agency:white-house', citedDocument: null},
  {measures: ['stargate-new-data-centers', 'stargate-ohio-texas-data-centers', 'stargate-ohio-texas-capacity',
              'stargate-oracle-data-centers', 'stargate-oracle-sites-capacity', 'stargate-total-capacity',
              'stargate-capacity-vs-top-ai-data-centers'],
   attributedTo: 'program:stargate', citedDocument: 'Stargate project progress announcement (项目进展公告), as of November 2025'},
  // 国会中来自蓝州的议员则提出“每投资10亿美元需向蓝州倾斜3亿美元”的修正案 (the members, attributed to Congress)
  {measures: ['blue-state-allocation-base', 'blue-state-allocation'], attributedTo: 'agency:us-congress', citedDocument: null},
  {measures: ['nih-clinical-case-count'], attributedTo: 'agency:us-doe', citedDocument: 'DOE plan (能源部规划)'},
  // 行业多个方面数据显示,2025年美国AI基础模型市场规模将达680亿美元,其中 ... 占比将突破40%
  {measures: ['us-foundation-model-market-2025', 'federal-data-custom-model-share-2025'],
   attributedTo: null, citedDocument: 'industry data from several quarters (行业多个方面数据), not named'},
  {measures: ['azure-compliance-revenue-growth'], attributedTo: 'company:microsoft', citedDocument: null},
  {measures: ['morgan-stanley-funding-gap-coverage', 'morgan-stanley-delay-risk'],
   attributedTo: 'company:morgan-stanley', citedDocument: null},
  // 多个方面数据显示,一座1千兆瓦容量的AI数据中心年均耗电量达8760吉瓦时,而 ... 6.132万亿吉瓦时新增电力需求
  {measures: ['ai-data-center-reference-capacity', 'ai-data-center-annual-energy-use', 'stargate-new-electricity-demand'],
   attributedTo: null, citedDocument: 'data from several quarters (多个方面数据), not named'}
] AS attribution
UNWIND attribution.measures AS measure
MATCH (m:Measure {id: 'measure:' + measure})
SET m.attributedTo = attribution.attributedTo, m.citedDocument = attribution.citedDocument;

// --- A claim the sentence only hints at ---
MATCH ()-[r:FUNDS {id: 'claim:us-congress-funds-genesis-mission'}]->()
SET r.inferred = true,
    r.inference = 'The link: the White House statement names no budget and only hints that Congress will need to appropriate funds later (仅暗示“需国会后续拨款支持”), read as a proposed Congressional funding of the Genesis Mission.';

// --- The report's own contradiction, recorded and not fixed ---
MATCH (m:Measure {id: 'measure:stargate-cost-per-data-center'})
SET m.note = 'Contradicts the report\'s own figures: at 8 billion USD each, the five new data centers it names (新建5个超大型AI数据中心) cost 40 billion USD, a twelfth of the 500 billion USD it gives for the project (投资5000亿美元启动), and it does not say what the rest pays for. Kept as stated.';
