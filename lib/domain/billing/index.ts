export * from './types.ts';
export * from './rounding.ts';
export * from './allowance-state.ts';
export { decide, applyDecision, rulesFor, primaryOutcome } from './decide.ts';
export { decideSequence, replayState, type SequenceItem, type SequencedDecision, type AllowanceSnapshot } from './decide-sequence.ts';
export { DEFAULT_RULES, RULE_KINDS, ruleListSchema, ruleSpecSchema, type RuleSpec, type RuleKind } from './rules/rule-spec.ts';
export { startOfClientMonth, clientMonthBounds } from './period.ts';
