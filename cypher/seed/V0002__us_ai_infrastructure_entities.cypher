// V0002: Source node and entities of the seed "US AI mega-infrastructure" (Genesis Mission, Stargate).
// Extracted from one Chinese research report, file 000_c9490bf9877dc2fc.txt (source:c9490bf9877dc2fc).
// Idempotent: every node is MERGEd on its id and its properties are SET, so re-running changes nothing.
// Claims (relationships) between these entities are in V0003__us_ai_infrastructure_claims.cypher.

// --- Source ---
MERGE (s:Source {id: 'source:c9490bf9877dc2fc'})
SET s += {title: 'US AI mega-infrastructure research report: the Genesis Mission and Stargate as twin engines, industry opportunities and investment directions', titleOriginal: '美国AI大基建研报', language: 'zh', file: '000_c9490bf9877dc2fc.txt', notBefore: date('2025-11-24')};

// --- Companies ---
MERGE (n:Entity {id: 'company:openai'})
SET n:Company, n += {name: 'OpenAI', aliases: ['OpenAI'], description: 'US AI developer named by the report as a Stargate lead partner, a Genesis Mission partner and the foundation-model market leader.', country: 'US', sector: 'AI research and products'};
MERGE (n:Entity {id: 'company:softbank'})
SET n:Company, n += {name: 'SoftBank Group', aliases: ['软银', '软银集团', 'SoftBank', 'SoftBank Group Corp.'], description: 'Japanese investment and technology group named as a Stargate lead partner and its largest equity funder.', country: 'JP', sector: 'investment holding and telecommunications', ticker: '9984.T'};
MERGE (n:Entity {id: 'company:oracle'})
SET n:Company, n += {name: 'Oracle', aliases: ['甲骨文', 'Oracle Corporation'], description: 'US cloud and database company named as a Stargate lead partner that builds Stargate data centers and pre-sells compute capacity.', country: 'US', sector: 'cloud computing and enterprise software', ticker: 'ORCL'};
MERGE (n:Entity {id: 'company:microsoft'})
SET n:Company, n += {name: 'Microsoft', aliases: ['微软', 'Microsoft Corporation'], description: 'US technology company described as leading the AI Infrastructure Partnership and operating the Azure OpenAI Service.', country: 'US', sector: 'cloud computing and software', ticker: 'MSFT'};
MERGE (n:Entity {id: 'company:blackrock'})
SET n:Company, n += {name: 'BlackRock', aliases: ['贝莱德'], description: 'US asset manager named as a co-founder of the AI Infrastructure Partnership.', country: 'US', sector: 'asset management', ticker: 'BLK'};
MERGE (n:Entity {id: 'company:nvidia'})
SET n:Company, n += {name: 'Nvidia', aliases: ['英伟达', 'NVIDIA'], description: 'US AI chip maker described as the core AI chip supplier and main hardware beneficiary of the AI infrastructure build-out.', country: 'US', sector: 'semiconductors', ticker: 'NVDA'};
MERGE (n:Entity {id: 'company:xai'})
SET n:Company, n += {name: 'xAI', aliases: ['xAI', '马斯克的xAI'], description: 'US AI company of Elon Musk named as an AI Infrastructure Partnership member and as using NASA Mars data for SpaceX.', country: 'US', sector: 'AI research and products'};
MERGE (n:Entity {id: 'company:spacex'})
SET n:Company, n += {name: 'SpaceX', aliases: ['SpaceX', 'Space Exploration Technologies Corp.'], description: 'US space launch company whose Starship program the report says receives AI navigation support from xAI.', country: 'US', sector: 'aerospace'};
MERGE (n:Entity {id: 'company:dell'})
SET n:Company, n += {name: 'Dell Technologies', aliases: ['戴尔科技集团', '戴尔科技', 'Dell'], description: 'US server and PC maker reported to supply AI servers to Oracle for a Texas data center.', country: 'US', sector: 'servers and IT hardware', ticker: 'DELL'};
MERGE (n:Entity {id: 'company:vertiv'})
SET n:Company, n += {name: 'Vertiv', aliases: ['Vertiv', 'Vertiv Holdings'], description: 'US data-center cooling and power equipment maker reported to hold 40% of Stargate cooling orders.', country: 'US', sector: 'data-center cooling and power equipment', ticker: 'VRT'};
MERGE (n:Entity {id: 'company:eaton'})
SET n:Company, n += {name: 'Eaton', aliases: ['伊顿', 'Eaton Corporation'], description: 'Power management company described as a leader in high-power supplies expected to gain from AI data-center demand.', country: 'IE', sector: 'power management equipment', ticker: 'ETN'};
MERGE (n:Entity {id: 'company:schneider-electric'})
SET n:Company, n += {name: 'Schneider Electric', aliases: ['施耐德'], description: 'French energy management company expected by the report to gain US business from AI data-center power and cooling demand.', country: 'FR', sector: 'energy management and automation', ticker: 'SU.PA'};
MERGE (n:Entity {id: 'company:amazon'})
SET n:Company, n += {name: 'Amazon', aliases: ['亚马逊', 'Amazon.com'], description: 'US e-commerce and cloud company named as a buyer of five-year pre-sold compute from Oracle.', country: 'US', sector: 'e-commerce and cloud computing', ticker: 'AMZN'};
MERGE (n:Entity {id: 'company:meta'})
SET n:Company, n += {name: 'Meta Platforms', aliases: ['Meta'], description: 'US social media and AI company named as a buyer of five-year pre-sold compute from Oracle.', country: 'US', sector: 'social media and AI', ticker: 'META'};
MERGE (n:Entity {id: 'company:blackstone'})
SET n:Company, n += {name: 'Blackstone', aliases: ['黑石'], description: 'US alternative asset manager reported to have agreed with SoftBank to list Stargate data-center assets as REITs.', country: 'US', sector: 'alternative asset management', ticker: 'BX'};
MERGE (n:Entity {id: 'company:micron'})
SET n:Company, n += {name: 'Micron Technology', aliases: ['美光科技', 'Micron'], description: 'US memory chip maker recommended by the report for surging AI server memory demand.', country: 'US', sector: 'semiconductors (memory)', ticker: 'MU'};
MERGE (n:Entity {id: 'company:nextera-energy'})
SET n:Company, n += {name: 'NextEra Energy', aliases: ['NextEra Energy', 'NextEra'], description: 'US utility and renewable energy developer described as a renewable power supplier to AI data centers and a Microsoft partner.', country: 'US', sector: 'utilities and renewable energy', ticker: 'NEE'};
MERGE (n:Entity {id: 'company:ge-vernova'})
SET n:Company, n += {name: 'GE Vernova', aliases: ['GE Vernova'], description: 'US energy equipment maker reported to sell a distributed energy storage system designed for AI data centers.', country: 'US', sector: 'energy equipment', ticker: 'GEV'};
MERGE (n:Entity {id: 'company:iceotope'})
SET n:Company, n += {name: 'Iceotope', aliases: ['Iceotope', 'Iceotope Technologies'], description: 'Liquid-cooling technology company whose solutions the report says cut energy use in California data centers by 30%.', country: 'GB', sector: 'data-center liquid cooling'};
MERGE (n:Entity {id: 'company:helion-energy'})
SET n:Company, n += {name: 'Helion Energy', aliases: ['Helion Energy', 'Helion', '美国聚变能源公司Helion Energy'], description: 'US fusion energy company the report credits with AI-assisted fusion progress and a planned 2028 commercial fusion plant.', country: 'US', sector: 'fusion energy'};
MERGE (n:Entity {id: 'company:intel'})
SET n:Company, n += {name: 'Intel', aliases: ['英特尔', 'Intel Corporation'], description: 'US chip maker reported to use AI chip design tools to shorten process development and close the gap to TSMC.', country: 'US', sector: 'semiconductors', ticker: 'INTC'};
MERGE (n:Entity {id: 'company:tsmc'})
SET n:Company, n += {name: 'TSMC', aliases: ['台积电', 'Taiwan Semiconductor Manufacturing Company'], description: 'Taiwanese contract chip manufacturer named as the benchmark Intel is catching up with.', country: 'TW', sector: 'semiconductor foundry', ticker: 'TSM'};
MERGE (n:Entity {id: 'company:pfizer'})
SET n:Company, n += {name: 'Pfizer', aliases: ['辉瑞', '辉瑞公司'], description: 'US pharmaceutical company the report says used the Genesis federal biological data platform for an Alzheimer drug.', country: 'US', sector: 'pharmaceuticals', ticker: 'PFE'};
MERGE (n:Entity {id: 'company:moderna'})
SET n:Company, n += {name: 'Moderna', aliases: ['Moderna'], description: 'US biotechnology company the report says uses federal data to speed up drug development.', country: 'US', sector: 'biotechnology', ticker: 'MRNA'};
MERGE (n:Entity {id: 'company:scale-ai'})
SET n:Company, n += {name: 'Scale AI', aliases: ['Scale AI'], description: 'US AI data-labeling company described as the core labeling service provider for federal data.', country: 'US', sector: 'AI data labeling'};
MERGE (n:Entity {id: 'company:darktrace'})
SET n:Company, n += {name: 'Darktrace', aliases: ['Darktrace'], description: 'British cyber-security AI company described as an AI security auditor certified by a California regulator.', country: 'GB', sector: 'AI cyber security'};
MERGE (n:Entity {id: 'company:goldman-sachs'})
SET n:Company, n += {name: 'Goldman Sachs', aliases: ['高盛', 'Goldman Sachs Group'], description: 'US investment bank cited for an estimate of AI-driven gains in US manufacturing output.', country: 'US', sector: 'investment banking', ticker: 'GS'};
MERGE (n:Entity {id: 'company:morgan-stanley'})
SET n:Company, n += {name: 'Morgan Stanley', aliases: ['摩根士丹利'], description: 'US investment bank cited for an estimate of how much of the Stargate funding gap companies can cover.', country: 'US', sector: 'investment banking', ticker: 'MS'};
MERGE (n:Entity {id: 'company:baidu'})
SET n:Company, n += {name: 'Baidu', aliases: ['百度'], description: 'Chinese internet and AI company whose PaddlePaddle platform the report cites for China\'s strength in AI applications.', country: 'CN', sector: 'internet and AI', ticker: 'BIDU'};

// --- Programs, projects, funds, bills and platforms ---
MERGE (n:Entity {id: 'program:stargate'})
SET n:Program, n += {name: 'Stargate', aliases: ['星际之门', 'Stargate Project', '“星际之门”项目'], description: 'US AI infrastructure project of 500 billion USD led by OpenAI, SoftBank and Oracle, announced on 2025-01-21.', announcedOn: date('2025-01-21'), budgetUsd: 500000000000.0};
MERGE (n:Entity {id: 'program:genesis-mission'})
SET n:Program, n += {name: 'Genesis Mission', aliases: ['创世纪计划', '“创世纪计划”'], description: 'US federal initiative launched by executive order on 2025-11-24 to use AI to accelerate scientific research, led by the Department of Energy.', announcedOn: date('2025-11-24')};
MERGE (n:Entity {id: 'program:american-science-security-platform'})
SET n:Program, n += {name: 'American Science and Security Platform', aliases: ['美国科学与安全平台'], description: 'DOE-led Genesis Mission platform integrating national supercomputing, federal research data and AI tools.', announcedOn: date('2025-11-24')};
MERGE (n:Entity {id: 'program:ai-infrastructure-partnership'})
SET n:Program, n += {name: 'AI Infrastructure Partnership', aliases: ['AI基础设施合作伙伴关系(AIP)', 'AI基础设施合作伙伴关系', 'AIP', 'AIP基金', 'Global AI Infrastructure Investment Partnership'], description: 'Investment partnership with a 30 billion USD fund aiming to mobilise 100 billion USD for AI data centers and energy facilities.', budgetUsd: 30000000000.0};
MERGE (n:Entity {id: 'program:softbank-vision-fund'})
SET n:Program, n += {name: 'SoftBank Vision Fund', aliases: ['愿景基金', 'Vision Fund'], description: 'SoftBank technology investment fund whose asset sales the report says finance SoftBank\'s Stargate pledge.'};
MERGE (n:Entity {id: 'program:stargate-project-bonds'})
SET n:Program, n += {name: 'Stargate project bonds', aliases: ['项目专项债券'], description: 'Project-specific bond issue that the report says will raise the remaining 200 billion USD of Stargate funding.', budgetUsd: 200000000000.0};
MERGE (n:Entity {id: 'program:ai-infrastructure-act-2025'})
SET n:Program, n += {name: 'AI Infrastructure Act of 2025', aliases: ['《2025 AI基础设施法案》', '2025 AI基础设施法案'], description: 'Bill the report attributes to the Republican Party that puts Stargate on a priority appropriation list.'};
MERGE (n:Entity {id: 'program:ai-inclusion'})
SET n:Program, n += {name: 'AI inclusion requirement', aliases: ['AI普惠', '“AI普惠”'], description: 'Demand that 5% of AI infrastructure investment serve small businesses and disadvantaged communities.'};
MERGE (n:Entity {id: 'program:blue-state-allocation-amendment'})
SET n:Program, n += {name: 'Blue-state allocation amendment', aliases: ['“每投资10亿美元需向蓝州倾斜3亿美元”的修正案'], description: 'Amendment proposed by blue-state members of Congress requiring 300 million USD of every 1 billion USD invested to go to blue states.'};
MERGE (n:Entity {id: 'program:azure-openai-service'})
SET n:Program, n += {name: 'Azure OpenAI Service', aliases: ['Azure OpenAI服务', 'Azure OpenAI'], description: 'Microsoft cloud service offering OpenAI models, which the report says uses federal weather data and offers a regulatory compliance module.'};
MERGE (n:Entity {id: 'program:spacex-starship'})
SET n:Program, n += {name: 'SpaceX Starship', aliases: ['星舰项目', 'Starship'], description: 'SpaceX launch vehicle program that the report says receives AI navigation support from xAI.'};
MERGE (n:Entity {id: 'program:ai-self-regulation-standards'})
SET n:Program, n += {name: 'AI industry self-regulation standards consultation', aliases: ['AI企业自律标准征集'], description: 'Consultation launched by the Trump administration with the Department of Commerce to collect AI company self-regulation standards.'};
MERGE (n:Entity {id: 'program:federal-ai-regulatory-framework'})
SET n:Program, n += {name: 'Unified federal AI regulatory framework', aliases: ['统一AI监管框架', '“联邦主导、州级补充”的监管框架'], description: 'Federal-led AI regulatory framework with state supplements on which the report says both parties reached a preliminary intent.'};
MERGE (n:Entity {id: 'program:state-ai-regulation-ban'})
SET n:Program, n += {name: 'Ban on state-level AI regulation', aliases: ['“禁止州级监管”提案', '禁止州级监管'], description: 'Republican proposal to bar state-level AI regulation that the report says did not pass.'};
MERGE (n:Entity {id: 'program:california-ai-safety-act'})
SET n:Program, n += {name: 'California AI Safety Act', aliases: ['《AI安全法案》', 'AI安全法案'], description: 'California AI safety law the report dates to October 2025, defining AI companies\' safety duties and compliance paths.', announcedOn: date('2025-10-01')};
MERGE (n:Entity {id: 'program:ny-data-privacy-rules'})
SET n:Program, n += {name: 'New York data privacy rules', aliases: ['纽约州的数据隐私新规', '数据隐私新规'], description: 'New data privacy rules of New York State that the report says boost orders for data governance providers.'};
MERGE (n:Entity {id: 'program:microsoft-nextera-compute-energy-campus'})
SET n:Program, n += {name: 'Microsoft-NextEra compute-energy campus', aliases: ['“算力-能源一体化”园区'], description: 'Campus co-built by Microsoft and NextEra Energy that powers a data center with wind and storage.'};
MERGE (n:Entity {id: 'program:tx-nm-ai-wind-solar-projects'})
SET n:Program, n += {name: 'Texas and New Mexico wind and solar projects for AI', aliases: ['超20吉瓦的风电与光伏项目'], description: 'More than 20 GW of planned wind and solar projects in Texas and New Mexico dedicated to AI infrastructure demand.'};
MERGE (n:Entity {id: 'program:h1b-ai-talent-visa'})
SET n:Program, n += {name: 'AI talent visa plan (H-1B)', aliases: ['AI人才签证计划', '“AI人才签证计划”'], description: 'Trump administration plan that the report says raises the H-1B visa quota by 50% for AI talent.'};
MERGE (n:Entity {id: 'program:china-ai-talent-return'})
SET n:Program, n += {name: 'China AI talent return plan', aliases: ['AI人才回流计划', '“AI人才回流计划”'], description: 'Chinese plan to attract overseas AI talent back, whose returnees the report says founded more than 120 companies.'};
MERGE (n:Entity {id: 'program:eu-digital-talent-passport'})
SET n:Program, n += {name: 'EU digital talent passport', aliases: ['数字人才护照', '“数字人才护照”'], description: 'EU scheme that the report says supports talent mobility across cross-regional projects.'};
MERGE (n:Entity {id: 'program:baidu-paddlepaddle'})
SET n:Program, n += {name: 'Baidu PaddlePaddle', aliases: ['百度飞桨', '飞桨', 'PaddlePaddle'], description: 'Baidu deep-learning platform that the report says has more than 10 million developers.'};

// --- Agencies, legislatures, parties and grid operators ---
MERGE (n:Entity {id: 'agency:white-house'})
SET n:Agency, n += {name: 'White House (Trump administration)', aliases: ['白宫', '特朗普政府', 'Trump administration'], description: 'US executive office that launched the Genesis Mission and announced Stargate.', category: 'executive', jurisdiction: 'US federal'};
MERGE (n:Entity {id: 'agency:us-doe'})
SET n:Agency, n += {name: 'US Department of Energy', aliases: ['能源部', 'DOE', 'Department of Energy'], description: 'US federal department leading the Genesis Mission and its American Science and Security Platform.', category: 'executive', jurisdiction: 'US federal'};
MERGE (n:Entity {id: 'agency:us-treasury'})
SET n:Agency, n += {name: 'US Department of the Treasury', aliases: ['美国财政部', 'Treasury'], description: 'US federal department that the report says backs Stargate project bonds with an interest subsidy.', category: 'executive', jurisdiction: 'US federal'};
MERGE (n:Entity {id: 'agency:us-congress'})
SET n:Agency, n += {name: 'US Congress', aliases: ['国会', 'Congress'], description: 'US federal legislature whose appropriations and approval the report says the AI infrastructure plans depend on.', category: 'legislature', jurisdiction: 'US federal'};
MERGE (n:Entity {id: 'agency:us-commerce'})
SET n:Agency, n += {name: 'US Department of Commerce', aliases: ['商务部', 'Department of Commerce'], description: 'US federal department that the report says launched an AI self-regulation standards consultation with the administration.', category: 'executive', jurisdiction: 'US federal'};
MERGE (n:Entity {id: 'agency:us-nih'})
SET n:Agency, n += {name: 'National Institutes of Health', aliases: ['国家卫生研究院(NIH)', '国家卫生研究院', 'NIH'], description: 'US federal medical research agency whose clinical data the report says covers 120 million cases.', category: 'research', jurisdiction: 'US federal'};
MERGE (n:Entity {id: 'agency:us-nasa'})
SET n:Agency, n += {name: 'NASA', aliases: ['NASA', 'National Aeronautics and Space Administration'], description: 'US federal space agency whose Mars exploration data the report says xAI uses.', category: 'research', jurisdiction: 'US federal'};
MERGE (n:Entity {id: 'agency:us-nws'})
SET n:Agency, n += {name: 'National Weather Service', aliases: ['美国国家气象局', '国家气象局', 'NWS'], description: 'US federal weather service that the report says adopted an extreme-weather model built on Azure OpenAI Service.', category: 'executive', jurisdiction: 'US federal'};
MERGE (n:Entity {id: 'agency:ercot'})
SET n:Agency, n += {name: 'Electric Reliability Council of Texas', aliases: ['得克萨斯州电力可靠性委员会(ERCOT)', '得克萨斯州电力可靠性委员会', 'ERCOT'], description: 'Texas grid operator that the report says warned of a summer 2026 power shortfall.', category: 'grid-operator', jurisdiction: 'Texas'};
MERGE (n:Entity {id: 'agency:california-government'})
SET n:Agency, n += {name: 'Government of California', aliases: ['加州州长', 'California state government', 'Office of the Governor of California'], description: 'California state government (Governor Newsom) which criticised Stargate\'s regional allocation and enacts state AI and energy rules.', category: 'executive', jurisdiction: 'California'};
MERGE (n:Entity {id: 'agency:california-ai-regulator'})
SET n:Agency, n += {name: 'California regulatory agency (unnamed)', aliases: ['加州监督管理的机构'], description: 'Unnamed California supervisory body that the report says certified Darktrace.', category: 'regulator', jurisdiction: 'California'};
MERGE (n:Entity {id: 'agency:new-york-state-government'})
SET n:Agency, n += {name: 'Government of New York State', aliases: ['New York State government'], description: 'New York State government, source of the new data privacy rules named in the report.', category: 'executive', jurisdiction: 'New York'};
MERGE (n:Entity {id: 'agency:republican-party'})
SET n:Agency, n += {name: 'Republican Party', aliases: ['共和党', 'GOP'], description: 'US political party described as supporting AI infrastructure and proposing the 2025 AI Infrastructure Act.', category: 'political-party', jurisdiction: 'US federal'};
MERGE (n:Entity {id: 'agency:democratic-party'})
SET n:Agency, n += {name: 'Democratic Party', aliases: ['民主党'], description: 'US political party, implied by the report as the side demanding AI inclusion and renewable energy conditions.', category: 'political-party', jurisdiction: 'US federal'};

// --- States, countries and unions ---
MERGE (n:Entity {id: 'state:us'})
SET n:State, n += {name: 'United States', aliases: ['美国', 'USA', 'US'], description: 'Country where the AI infrastructure build-out described by the report takes place.', level: 'COUNTRY', code: 'US'};
MERGE (n:Entity {id: 'state:us-tx'})
SET n:State, n += {name: 'Texas', aliases: ['得克萨斯州', '得州'], description: 'US state hosting Stargate data centers and planned wind and solar projects for AI.', level: 'US_STATE', code: 'US-TX'};
MERGE (n:Entity {id: 'state:us-oh'})
SET n:State, n += {name: 'Ohio', aliases: ['俄亥俄州'], description: 'US state hosting one of the Stargate data centers.', level: 'US_STATE', code: 'US-OH'};
MERGE (n:Entity {id: 'state:us-nm'})
SET n:State, n += {name: 'New Mexico', aliases: ['新墨西哥州'], description: 'US state hosting Oracle-built Stargate data centers and planned wind and solar projects for AI.', level: 'US_STATE', code: 'US-NM'};
MERGE (n:Entity {id: 'state:us-ca'})
SET n:State, n += {name: 'California', aliases: ['加州'], description: 'US state described as a blue state unhappy with Stargate\'s regional allocation.', level: 'US_STATE', code: 'US-CA'};
MERGE (n:Entity {id: 'state:us-ny'})
SET n:State, n += {name: 'New York', aliases: ['纽约州'], description: 'US state described as a blue state unhappy with Stargate\'s regional allocation.', level: 'US_STATE', code: 'US-NY'};
MERGE (n:Entity {id: 'state:cn'})
SET n:State, n += {name: 'China', aliases: ['中国'], description: 'Country whose AI investment, talent plan and equipment supply the report compares with the US.', level: 'COUNTRY', code: 'CN'};
MERGE (n:Entity {id: 'state:eu'})
SET n:State, n += {name: 'European Union', aliases: ['欧盟', 'EU'], description: 'Union whose digital talent passport the report cites.', level: 'UNION', code: 'EU'};

// --- Datasets ---
MERGE (n:Entity {id: 'dataset:federal-scientific-data'})
SET n:Dataset, n += {name: 'Federal scientific research data', aliases: ['联邦科研数据'], description: 'Federal research data integrated into the American Science and Security Platform.', domain: 'scientific research'};
MERGE (n:Entity {id: 'dataset:federal-open-data'})
SET n:Dataset, n += {name: 'Federal open data (energy, health, meteorology)', aliases: ['联邦数据', '联邦数据开放', '能源、医疗、气象等领域的联邦数据'], description: 'Federal data in energy, health, meteorology and other fields that DOE plans to open gradually from 2026.', domain: 'energy, health, meteorology'};
MERGE (n:Entity {id: 'dataset:nih-clinical-data'})
SET n:Dataset, n += {name: 'NIH clinical data', aliases: ['国家卫生研究院(NIH)的临床数据', 'NIH clinical data'], description: 'NIH clinical records that the report says cover 120 million cases.', domain: 'health (clinical)', records: 120000000};
MERGE (n:Entity {id: 'dataset:federal-fusion-experiment-data'})
SET n:Dataset, n += {name: 'Federal fusion experiment data', aliases: ['联邦聚变实验数据'], description: 'Federal fusion experiment data used by OpenAI under its DOE cooperation.', domain: 'fusion energy'};
MERGE (n:Entity {id: 'dataset:federal-weather-data'})
SET n:Dataset, n += {name: 'Federal meteorological data', aliases: ['联邦气象数据'], description: 'Federal weather data used by Azure OpenAI Service for an extreme-weather forecasting model.', domain: 'meteorology'};
MERGE (n:Entity {id: 'dataset:nasa-mars-exploration-data'})
SET n:Dataset, n += {name: 'NASA Mars exploration data', aliases: ['NASA的火星探测数据', '火星探测数据'], description: 'NASA Mars exploration data that the report says xAI uses to train navigation models.', domain: 'space exploration'};
MERGE (n:Entity {id: 'dataset:federal-biological-data-platform'})
SET n:Dataset, n += {name: 'Genesis Mission federal biological data platform', aliases: ['联邦生物数据平台', '创世纪计划的联邦生物数据平台'], description: 'Federal biological data platform of the Genesis Mission that the report says Pfizer used.', domain: 'biology and drug discovery'};

// --- Technologies and markets ---
MERGE (n:Entity {id: 'technology:biotechnology'})
SET n:Technology, n += {name: 'Biotechnology', aliases: ['生物技术', '生物科学技术'], description: 'Genesis Mission priority field covering new drug discovery and gene editing.', field: 'life sciences'};
MERGE (n:Entity {id: 'technology:critical-materials'})
SET n:Technology, n += {name: 'Critical materials', aliases: ['关键材料'], description: 'Genesis Mission priority field covering atomic-level design of semiconductor and new-energy materials.', field: 'materials'};
MERGE (n:Entity {id: 'technology:nuclear-fusion'})
SET n:Technology, n += {name: 'Nuclear fusion', aliases: ['核聚变', '聚变'], description: 'Fusion energy, part of the Genesis Mission energy priority field.', field: 'energy'};
MERGE (n:Entity {id: 'technology:advanced-fission'})
SET n:Technology, n += {name: 'Advanced nuclear fission', aliases: ['先进裂变技术', '先进裂变'], description: 'Advanced fission energy, part of the Genesis Mission energy priority field.', field: 'energy'};
MERGE (n:Entity {id: 'technology:quantum-information-science'})
SET n:Technology, n += {name: 'Quantum information science', aliases: ['量子信息科学'], description: 'Genesis Mission priority field.', field: 'computing'};
MERGE (n:Entity {id: 'technology:semiconductors'})
SET n:Technology, n += {name: 'Semiconductors', aliases: ['半导体', '芯片'], description: 'Genesis Mission priority field and hard-tech area targeted by Republican funding preferences.', field: 'electronics'};
MERGE (n:Entity {id: 'technology:advanced-manufacturing'})
SET n:Technology, n += {name: 'Advanced manufacturing', aliases: ['先进制造', '制造业'], description: 'Genesis Mission priority field and the US manufacturing base the report expects AI to lift.', field: 'manufacturing'};
MERGE (n:Entity {id: 'technology:ai-chips'})
SET n:Technology, n += {name: 'AI chips and GPUs', aliases: ['AI芯片', 'GPU'], description: 'Accelerator chips for AI, the market in which the report puts Nvidia\'s share at 83%.', field: 'semiconductors'};
MERGE (n:Entity {id: 'technology:ai-servers'})
SET n:Technology, n += {name: 'AI servers', aliases: ['AI服务器', '服务器'], description: 'Servers and compute clusters for AI workloads.', field: 'computing hardware'};
MERGE (n:Entity {id: 'technology:liquid-cooling'})
SET n:Technology, n += {name: 'Liquid cooling', aliases: ['液冷', '液冷技术', '液冷方案'], description: 'Liquid cooling for AI chips and data centers.', field: 'data-center cooling'};
MERGE (n:Entity {id: 'technology:high-power-supplies'})
SET n:Technology, n += {name: 'High-power supplies', aliases: ['高功率电源'], description: 'High-power electrical supply equipment for AI data centers.', field: 'power equipment'};
MERGE (n:Entity {id: 'technology:ai-data-centers'})
SET n:Technology, n += {name: 'AI data centers', aliases: ['AI数据中心', '超大型AI数据中心'], description: 'Data centers built for AI workloads, used here also as the market that suppliers sell into.', field: 'digital infrastructure'};
MERGE (n:Entity {id: 'technology:energy-infrastructure'})
SET n:Technology, n += {name: 'Energy infrastructure for AI', aliases: ['配套能源设施', '能源设施'], description: 'Power generation and grid facilities supporting AI data centers.', field: 'energy'};
MERGE (n:Entity {id: 'technology:renewable-energy'})
SET n:Technology, n += {name: 'Renewable energy', aliases: ['可再次生产的能源', '可再生能源', '风电与光伏'], description: 'Wind, solar and other renewable power (written by the report as 可再次生产的能源).', field: 'energy'};
MERGE (n:Entity {id: 'technology:distributed-energy-storage'})
SET n:Technology, n += {name: 'Distributed energy storage', aliases: ['分布式储能系统', '分布式储能'], description: 'Distributed battery storage systems, including ones designed for AI data centers.', field: 'energy'};
MERGE (n:Entity {id: 'technology:supercomputing'})
SET n:Technology, n += {name: 'Supercomputing', aliases: ['超级计算机算力', '超级计算机'], description: 'National supercomputing capacity integrated into the American Science and Security Platform.', field: 'computing'};
MERGE (n:Entity {id: 'technology:foundation-models'})
SET n:Technology, n += {name: 'Foundation models', aliases: ['基础模型', 'AI基础模型'], description: 'Large general-purpose AI models, a market in which the report puts OpenAI\'s share at 35%.', field: 'artificial intelligence'};
MERGE (n:Entity {id: 'technology:scientific-foundation-models'})
SET n:Technology, n += {name: 'Scientific foundation models', aliases: ['科学基础模型'], description: 'Foundation models for science developed on the American Science and Security Platform.', field: 'artificial intelligence'};
MERGE (n:Entity {id: 'technology:ai-lab-robotics'})
SET n:Technology, n += {name: 'AI laboratory robotics', aliases: ['智能实验机器人'], description: 'Intelligent laboratory robots developed on the American Science and Security Platform.', field: 'robotics'};
MERGE (n:Entity {id: 'technology:ai-compliance-tools'})
SET n:Technology, n += {name: 'AI regulatory compliance tools', aliases: ['监管适配模块', '合规服务'], description: 'Tools that help companies meet AI regulation, such as the regulatory adaptation module of Azure OpenAI Service.', field: 'regulatory technology'};
MERGE (n:Entity {id: 'technology:ai-security-auditing'})
SET n:Technology, n += {name: 'AI security auditing', aliases: ['AI安全审计'], description: 'Security audit services for AI systems.', field: 'cyber security'};
MERGE (n:Entity {id: 'technology:data-labeling'})
SET n:Technology, n += {name: 'AI data labeling', aliases: ['AI数据标注', '数据标注'], description: 'Annotation of data for training AI models.', field: 'artificial intelligence'};
MERGE (n:Entity {id: 'technology:ai-applications'})
SET n:Technology, n += {name: 'AI applications', aliases: ['应用场景', '算法应用', 'AI应用'], description: 'Application-side AI deployment, the focus of China\'s AI investment according to the report.', field: 'artificial intelligence'};
MERGE (n:Entity {id: 'technology:autonomous-driving'})
SET n:Technology, n += {name: 'Autonomous driving', aliases: ['无人驾驶'], description: 'Self-driving vehicle technology.', field: 'transport'};
MERGE (n:Entity {id: 'technology:medical-ai'})
SET n:Technology, n += {name: 'Medical AI', aliases: ['AI医疗', '医疗AI'], description: 'AI applied to health care and medicine.', field: 'health care'};
