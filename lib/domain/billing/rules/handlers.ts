import type { RuleHandler } from './context.ts';
import type { RuleKind } from './rule-spec.ts';
import { fallback, fixedFeeProject, internalWork, noActiveContract, timeAndMaterials, unsupportedAsset } from './contract-rules.ts';
import { retainer } from './retainer-rule.ts';
import { maintenanceRemediation, problem, projectWork, serviceRequest } from './scope-rules.ts';
import { alertRemediation, incident, maintenanceAssessment, onsite } from './coverage-rules.ts';
import { match } from './match-rule.ts';

export const RULE_HANDLERS: Record<RuleKind, RuleHandler> = {
  no_active_contract: noActiveContract,
  internal_work: internalWork,
  unsupported_asset: unsupportedAsset,
  retainer,
  time_and_materials: timeAndMaterials,
  fixed_fee_project: fixedFeeProject,
  project_work: projectWork,
  service_request: serviceRequest,
  problem,
  maintenance_remediation: maintenanceRemediation,
  onsite,
  incident,
  maintenance_assessment: maintenanceAssessment,
  alert_remediation: alertRemediation,
  match,
  fallback,
};
