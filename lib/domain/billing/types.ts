import type { BusinessCalendar } from '../calendar/types.ts';
import type { RoundingPolicy } from './rounding.ts';
import type { RuleSpec } from './rules/rule-spec.ts';

export type Outcome = 'covered' | 'retainer' | 'billable' | 'non_billable' | 'refused';
export type WorkMode = 'remote' | 'onsite' | 'phone';
export type TicketType = 'incident' | 'service_request' | 'problem' | 'change' | 'maintenance' | 'alert';
export type MaintenancePhase = 'assessment' | 'remediation';
export type ContractKind = 'managed' | 'retainer' | 'time_and_materials' | 'fixed_fee';
export type AssetClass =
  | 'server'
  | 'workstation'
  | 'firewall'
  | 'router'
  | 'switch'
  | 'wireless'
  | 'backup'
  | 'software_licence'
  | 'cloud_service'
  | 'other';

/** The tier version in force at the work date. Rates are decimal strings. */
export interface TierTerms {
  tierVersionId: string;
  name: string;
  version: number;
  calendar: BusinessCalendar;
  helpdeskSessionsPerMonth: number | null;
  helpdeskSessionMinutes: number | null;
  includesOnsite: boolean;
  includesAlertRemediation: boolean;
  maintenanceAssessmentClasses: AssetClass[];
  minorRequestAllowanceMinutes: number;
  standardRate: string;
  afterHoursMultiplier: string;
  onsiteRate: string;
  rules: RuleSpec[];
}

export interface ContractTerms {
  id: string;
  number: string;
  version: number;
  kind: ContractKind;
  standardRate: string | null;
  afterHoursMultiplier: string | null;
  onsiteRate: string | null;
  overageRate: string | null;
  /** retainer: units burnt per unit of after-hours work; null burns at 1× */
  afterHoursBurnRate: string | null;
  rounding: RoundingPolicy;
  /** overrides the tier's rules when set */
  rules: RuleSpec[] | null;
}

/** Everything the engine may look at besides the work itself. */
export interface BillingTerms {
  clientTimezone: string;
  contract: ContractTerms | null;
  tier: TierTerms | null;
  /** rate and rules used when there is no contract (admin settings) */
  defaultStandardRate: string;
  defaultRules: RuleSpec[];
}

export interface AssetFacts {
  id: string;
  name: string;
  class: AssetClass;
  isSupported: boolean;
}

export interface ApprovalFacts {
  estimateId: string;
  /** approved hours, as minutes, or null for a flat fee */
  minutes: number | null;
  /** approved flat fee, or null for an hours estimate */
  amount: string | null;
}

/** One piece of work to decide. Instants are UTC; the calendar knows the local time. */
export interface WorkFacts {
  entryId: string;
  startedAt: Date;
  endedAt: Date;
  minutes: number;
  mode: WorkMode;
  isInternal: boolean;
  ticket: {
    id: string;
    type: TicketType;
    phase: MaintenancePhase | null;
    priority: 'P1' | 'P2' | 'P3' | 'P4';
  };
  assets: AssetFacts[];
  /** the ticket's approved estimate, if any */
  approval: ApprovalFacts | null;
}

export interface DecisionPart {
  outcome: Outcome;
  minutes: number;
  units: number;
  rate: string | null;
  amount: string;
  isAfterHours: boolean;
}

export interface Decision {
  outcome: Outcome;
  parts: DecisionPart[];
  rule: string;
  reason: string;
  needsApproval: boolean;
  quotaSessionsUsed: number;
  retainerUnitsDrawn: number;
  billableAmount: string;
  /** the estimate the work is billed against */
  estimateId: string | null;
  /** the retainer could not cover all of it: the customer admin is told */
  isRetainerExhausted: boolean;
  tierVersionId: string | null;
  contractVersion: number | null;
}

export interface RetainerLot {
  id: string;
  effectiveAt: Date;
  expiresAt: Date | null;
  units: number;
}

/** Consumption that is not re-decided (invoiced entries, negative adjustments). */
export interface FixedDraw {
  at: Date;
  units: number;
}
