// V0023: inferred claims (issue 9, re-audit). Every claim whose sentence does not state the link outright gets
// inferred: true and an inference saying what the extractor read into it: an omitted subject, a party attributed to
// a country, a relation the vocabulary lacked. Analysts can leave them out with includeInferred: false.
// The claims, sentence by sentence, are listed in docs/seed-report.md (Re-audit: inferred claims).

MATCH ()-[r:SUPPORTS {id: 'claim:democratic-party-supports-ai-inclusion'}]->()
SET r.inferred = true, r.inference = 'The actor: the sentence has no subject (但则提出两项核心诉求), read as the Democratic Party because it answers the Republican position before it.';
MATCH ()-[r:SUPPORTS {id: 'claim:democratic-party-supports-renewable-mandate'}]->()
SET r.inferred = true, r.inference = 'The actor: the sentence has no subject (但则提出), read as the Democratic Party.';
MATCH ()-[r:SUPPORTS {id: 'claim:democratic-party-supports-genesis-mission'}]->()
SET r.inferred = true, r.inference = 'The actor: the Democratic Party is not named, only implied by 两党 (both parties).';
MATCH ()-[r:SUPPORTS {id: 'claim:democratic-party-supports-federal-ai-regulatory-framework'}]->()
SET r.inferred = true, r.inference = 'The actor: the Democratic Party is not named, only implied by 两党 (both parties).';
MATCH ()-[r:SUPPORTS {id: 'claim:republican-party-supports-genesis-mission'}]->()
SET r.inferred = true, r.inference = 'The link: the sentence says both parties recognise the strategic value of AI research, read as support for the Genesis Mission whose appropriation the clause before names.';
MATCH ()-[r:SUPPORTS {id: 'claim:republican-party-supports-stargate'}]->()
SET r.inferred = true, r.inference = 'The target: the sentence says the Republicans support AI infrastructure (AI基建), read as Stargate because the paragraph is about its 500 billion USD investment.';
MATCH ()-[r:FUNDS {id: 'claim:stargate-funds-ai-inclusion'}]->()
SET r.inferred = true, r.inference = 'The funder and the demander: 5% of the investment (5%的投资) is read as 5% of Stargate\'s, and the demand has no subject.';
MATCH ()-[r:FUNDS {id: 'claim:vision-fund-funds-stargate'}]->()
SET r.inferred = true, r.inference = 'The link: the sentence says SoftBank raises its pledge by selling Vision Fund assets, not that the fund pays Stargate.';
MATCH ()-[r:PUBLISHES {id: 'claim:us-doe-publishes-federal-fusion-experiment-data'}]->()
SET r.inferred = true, r.inference = 'The provider: the sentence names DOE as OpenAI\'s partner for the fusion data, not as the one who provides it.';
MATCH ()-[r:PUBLISHES {id: 'claim:us-nasa-publishes-nasa-mars-exploration-data'}]->()
SET r.inferred = true, r.inference = 'The link: NASA的火星探测数据 says the data is NASA\'s, not that NASA provides it to xAI.';
MATCH ()-[r:PUBLISHES {id: 'claim:us-nih-publishes-nih-clinical-data'}]->()
SET r.inferred = true, r.inference = 'The link: the sentence counts NIH\'s clinical data within DOE\'s opening plan, it does not say NIH opens it.';
MATCH ()-[r:SUPPLIES {id: 'claim:nvidia-supplies-stargate-forecast'}]->()
SET r.inferred = true, r.inference = 'The customer: the forecast names no buyer, read as Stargate because the 7 GW build-out it cites is Stargate\'s.';
MATCH ()-[r:ACCESSES_DATA {id: 'claim:moderna-accesses-federal-open-data'}]->()
SET r.inferred = true, r.inference = 'The dataset: the sentence says only federal data (联邦数据), mapped to the federal open data collection.';
MATCH ()-[r:ACCESSES_DATA {id: 'claim:scale-ai-accesses-federal-open-data'}]->()
SET r.inferred = true, r.inference = 'The link and the dataset: a labeling service provider for federal data (联邦数据标注核心服务商) is read as drawing on the federal open data collection.';
MATCH ()-[r:OWNS {id: 'claim:genesis-mission-owns-american-science-security-platform'}]->()
SET r.inferred = true, r.inference = 'The link: the sentence says the plan has DOE build the platform, read as the platform being part of the Genesis Mission.';
MATCH ()-[r:SUPPLIES {id: 'claim:renewable-energy-supplies-stargate'}]->()
SET r.inferred = true, r.inference = 'The link: the sentence says Stargate\'s new power demand is a market for renewables, not that renewables supply Stargate.';
MATCH ()-[r:SUPPLIES {id: 'claim:eaton-supplies-ai-data-centers'}]->()
SET r.inferred = true, r.inference = 'The link: the sentence says data-center demand will lift Eaton\'s US business, read as Eaton supplying AI data centers.';
MATCH ()-[r:SUPPLIES {id: 'claim:schneider-electric-supplies-ai-data-centers'}]->()
SET r.inferred = true, r.inference = 'The link: the sentence says data-center demand will lift Schneider\'s US business, read as Schneider supplying AI data centers.';
MATCH ()-[r:SUPPLIES {id: 'claim:micron-supplies-ai-servers'}]->()
SET r.inferred = true, r.inference = 'The link: the sentence says demand for AI server memory is surging, read as Micron supplying AI servers.';
MATCH ()-[r:SUPPLIES {id: 'claim:ge-vernova-supplies-ai-data-centers'}]->()
SET r.inferred = true, r.inference = 'The customers: the orders are for a storage system designed for AI data centers, read as orders from AI data centers.';
MATCH ()-[r:SUPPLIES {id: 'claim:oracle-supplies-stargate-data-centers'}]->()
SET r.inferred = true, r.inference = 'Oracle\'s role: the sentence says the three data centers are built in cooperation with Oracle (与甲骨文合作), read as Oracle building them for Stargate.';
MATCH ()-[r:SUPPLIES {id: 'claim:cn-supplies-us-data-center-equipment'}]->()
SET r.inferred = true, r.inference = 'The parties: unnamed Chinese companies and US data centers are attributed to China and the United States.';
MATCH ()-[r:SUPPLIES {id: 'claim:us-supplies-cn-open-source-models'}]->()
SET r.inferred = true, r.inference = 'The parties: US foundation models and Chinese SMEs are attributed to the United States and China.';
MATCH ()-[r:REGULATES {id: 'claim:us-regulates-ai-chips'}]->()
SET r.inferred = true, r.inference = 'The regulator: the sentence mentions the chip embargo (芯片禁运) without saying who imposes it, read as the United States.';
MATCH ()-[r:REGULATES {id: 'claim:ercot-regulates-ai-data-centers'}]->()
SET r.inferred = true, r.inference = 'The link: the sentence says ERCOT warned of a shortfall and pushes AI-energy cooperation, read as ERCOT governing AI data centers on its grid.';
MATCH ()-[r:LOCATED_IN {id: 'claim:baidu-located-in-cn'}]->()
SET r.inferred = true, r.inference = 'The link: Baidu\'s PaddlePaddle is cited for China\'s strength, read as Baidu being located in China.';
MATCH ()-[r:LEADS {id: 'claim:microsoft-leads-ai-infrastructure-partnership'}]->()
SET r.inferred = true, r.inference = 'The lead: Microsoft is the first-named founder (微软联合...成立), read as the partnership\'s leader.';
MATCH ()-[r:COMPETES_WITH {id: 'claim:ai-infrastructure-partnership-competes-with-stargate'}]->()
SET r.inferred = true, r.inference = 'The rivalry: the sentence speaks of two parallel tracks (双轨并行) outside the OpenAI camp, read as competition.';
MATCH ()-[r:COMPETES_WITH {id: 'claim:intel-competes-with-tsmc'}]->()
SET r.inferred = true, r.inference = 'The rivalry: the sentence says Intel closes the gap with TSMC (缩小与台积电的差距), read as competition.';
MATCH ()-[r:SUPPORTS {id: 'claim:goldman-sachs-supports-advanced-manufacturing'}]->()
SET r.inferred = true, r.inference = 'The link: Goldman Sachs states an estimate, read as support because the vocabulary has no estimate relation.';
MATCH ()-[r:SUPPORTS {id: 'claim:morgan-stanley-supports-stargate'}]->()
SET r.inferred = true, r.inference = 'The link: Morgan Stanley states an estimate, read as support because the vocabulary has no estimate relation.';
