// V0022: what each amount of the seed measures (issue 9, re-audit). Only a FLOW (money that moves between the two
// parties: funding, payment, orders, contributions in kind) counts in exposure, funding summaries, path strength and
// ranking; an announced SIZE, a VALUATION, an ESTIMATE or a TARGET stays on its claim and stays queryable. Absent
// means FLOW, but every amount of the seed is marked explicitly, so an amount without amountKind is one nobody has
// reviewed. Each statement matches exactly one claim and writes one property (a misspelt id is refused).

// SIZE: the 500 billion USD is the announced size of the whole project (投资5000亿美元启动), not money the White House pays: the four funders of V0003 already add up to it.
MATCH ()-[r:SUPPORTS {id: 'claim:white-house-announces-stargate'}]->() SET r.amountKind = 'SIZE';

// TARGET: 计划撬动1000亿美元投资: investment the 30 billion USD fund plans to mobilise, a target.
MATCH ()-[r:FOCUSES_ON {id: 'claim:ai-infrastructure-partnership-focuses-on-ai-data-centers'}]->() SET r.amountKind = 'TARGET';

// ESTIMATE: 高盛测算 ... 2.3万亿美元的新增产值: an estimate of added output over 10 years, nobody pays it to anyone.
MATCH ()-[r:SUPPORTS {id: 'claim:goldman-sachs-supports-advanced-manufacturing'}]->() SET r.amountKind = 'ESTIMATE';

// SIZE: 从投资规模看 ... 中国1.2万亿元人民币(约1650亿美元)投入: the scale of China's AI investment as a whole, set beside the 500 billion USD size of Stargate, with no payer, recipient or period.
MATCH ()-[r:FUNDS {id: 'claim:cn-funds-ai-applications'}]->() SET r.amountKind = 'SIZE';

// FLOW: 承诺出资1500亿美元: a pledged contribution.
MATCH ()-[r:FUNDS {id: 'claim:softbank-funds-stargate'}]->() SET r.amountKind = 'FLOW';

// FLOW: 以技术入股折抵500亿美元: a contribution in kind, valued at 50 billion USD.
MATCH ()-[r:FUNDS {id: 'claim:openai-funds-stargate'}]->() SET r.amountKind = 'FLOW';

// FLOW: 合计投入1000亿美元: land, servers and cash contributed.
MATCH ()-[r:FUNDS {id: 'claim:oracle-funds-stargate'}]->() SET r.amountKind = 'FLOW';

// FLOW: 剩余2000亿美元将通过发行项目专项债券募集: money to be raised and paid in.
MATCH ()-[r:FUNDS {id: 'claim:stargate-project-bonds-fund-stargate'}]->() SET r.amountKind = 'FLOW';

// FLOW: 划拨120亿美元作为启动资金: an allocation of funds.
MATCH ()-[r:FUNDS {id: 'claim:us-doe-funds-genesis-mission'}]->() SET r.amountKind = 'FLOW';

// FLOW: 订单就贡献了35亿美元: orders booked.
MATCH ()-[r:SUPPLIES {id: 'claim:nvidia-supplies-stargate'}]->() SET r.amountKind = 'FLOW';

// FLOW: 累计超200亿美元的芯片订单: forecast orders, a flow whose status FORECAST says it has not happened.
MATCH ()-[r:SUPPLIES {id: 'claim:nvidia-supplies-stargate-forecast'}]->() SET r.amountKind = 'FLOW';

// FLOW: 价值18亿美元的AI服务器供应协议: a supply contract.
MATCH ()-[r:SUPPLIES {id: 'claim:dell-supplies-oracle'}]->() SET r.amountKind = 'FLOW';

// FLOW: 订单量已突破50亿美元: orders booked.
MATCH ()-[r:SUPPLIES {id: 'claim:ge-vernova-supplies-ai-data-centers'}]->() SET r.amountKind = 'FLOW';
