// V0024: statuses, dates and shares that did not match their sentence (issue 9, re-audit). Each change is listed
// in docs/seed-report.md (Re-audit: corrections) with the sentence that decides it.

// Present tense marked FORECAST: 美光科技(AI服务器内存需求激增) says demand IS surging.
MATCH ()-[r:SUPPLIES {id: 'claim:micron-supplies-ai-servers'}]->()
SET r.status = 'REPORTED',
    r.note = 'Status corrected from FORECAST to REPORTED in V0024: the sentence states the surge in the present tense.';

// Present perfect marked FORECAST: the new demand 已成为 (has become) an incremental market for renewables.
MATCH ()-[r:SUPPLIES {id: 'claim:renewable-energy-supplies-stargate'}]->()
SET r.status = 'REPORTED',
    r.note = r.note + ' Status corrected from FORECAST to REPORTED in V0024: the sentence says the demand has already become (已成为) a market for renewables.';

// A target date used as validFrom: 预计2028年可建成 is the year the plan aims at, and the plan exists today, so an
// asOf filter must not hide it before 2028. The year stays queryable as measure:helion-commercial-plant-target-year
// (V0025).
MATCH ()-[r:DEVELOPS {id: 'claim:helion-energy-plans-commercial-fusion-plant'}]->()
REMOVE r.validFrom
SET r.note = 'validFrom 2028-01-01 removed in V0024: 2028 is the target year of the plan (预计2028年可建成), not the day the plan starts to hold. The target year is measure:helion-commercial-plant-target-year.';

// A share the sentence states, left out: 基础模型(OpenAI市占率35%) is OpenAI's share of the foundation-model market.
MATCH ()-[r:DEVELOPS {id: 'claim:openai-develops-foundation-models'}]->()
SET r.shareOfTarget = 0.35,
    r.note = r.note + ' shareOfTarget 0.35 added in V0024: the quote states the 35% share.';
