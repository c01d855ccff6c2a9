'use client';

import { ArrowDownIcon, ArrowUpIcon, Trash2Icon } from 'lucide-react';
import type { RuleSpec } from '@/lib/domain/billing/index.ts';
import type { RuleIssue } from '@/lib/domain/billing/check-rules.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Checkbox } from '@/components/ui/checkbox.tsx';
import { FieldError } from '@/components/ui/field-errors.tsx';
import { MatchRuleBuilder } from './match-rule-builder.tsx';
import { describeConditions, ruleTitle } from './tier-options.ts';

function move<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** Inserts before the first enabled fallback, so the safety net stays last. */
function insertBeforeFallback(rules: RuleSpec[], rule: RuleSpec): RuleSpec[] {
  const at = rules.findIndex((r) => r.kind === 'fallback' && r.isEnabled);
  return at === -1 ? [...rules, rule] : [...rules.slice(0, at), rule, ...rules.slice(at)];
}

/** The ordered billing rules: the first enabled rule that matches decides. */
export function RulesEditor(props: { rules: RuleSpec[]; onChange: (rules: RuleSpec[]) => void; issues: RuleIssue[]; error?: string[] }) {
  const { rules, onChange } = props;
  const issuesOf = (id: string) => props.issues.filter((issue) => issue.ruleId === id);
  const general = props.issues.filter((issue) => issue.ruleId === null);
  return (
    <section aria-labelledby="rules-heading" className="space-y-3">
      <div>
        <h3 id="rules-heading" className="font-semibold">Billing rules</h3>
        <p className="text-sm text-muted-foreground">Evaluated top to bottom; the first enabled rule that matches decides.</p>
      </div>
      <FieldError id="rules" error={props.error} />
      {general.map((issue) => (
        <p key={issue.code} role="status" className="rounded-md border border-warning/40 bg-warning/15 p-2 text-sm" data-testid="rule-issue">{issue.message}</p>
      ))}
      <ol className="space-y-2" aria-label="Rules in order">
        {rules.map((rule, index) => (
          <li key={rule.id + index} className="rounded-md border p-2 text-sm" data-testid="rule-row">
            <div className="flex flex-wrap items-center gap-2">
              <span className="w-6 text-right tabular-nums text-muted-foreground">{index + 1}.</span>
              <span className={rule.isEnabled ? 'font-medium' : 'font-medium text-muted-foreground line-through'}>{ruleTitle(rule)}</span>
              <Badge variant="outline">{rule.id}</Badge>
              <div className="ml-auto flex items-center gap-1">
                <Checkbox checked={rule.isEnabled} onChange={(e) => onChange(rules.map((r, i) => (i === index ? { ...r, isEnabled: e.target.checked } : r)))} label="Enabled" aria-label={`Enable rule ${rule.id}`} />
                <Button type="button" size="icon" variant="ghost" aria-label={`Move ${rule.id} up`} disabled={index === 0} onClick={() => onChange(move(rules, index, index - 1))}><ArrowUpIcon /></Button>
                <Button type="button" size="icon" variant="ghost" aria-label={`Move ${rule.id} down`} disabled={index === rules.length - 1} onClick={() => onChange(move(rules, index, index + 1))}><ArrowDownIcon /></Button>
                {rule.kind === 'match' ? (
                  <Button type="button" size="icon" variant="ghost" aria-label={`Remove ${rule.id}`} onClick={() => onChange(rules.filter((_, i) => i !== index))}><Trash2Icon /></Button>
                ) : null}
              </div>
            </div>
            {rule.kind === 'match' ? <p className="mt-1 pl-8 text-muted-foreground">{describeConditions(rule)}</p> : null}
            {issuesOf(rule.id).map((issue, i) => (
              <p key={i} className="mt-1 pl-8 text-warning-foreground dark:text-warning" data-testid="rule-issue">⚠ {issue.message}</p>
            ))}
          </li>
        ))}
      </ol>
      <MatchRuleBuilder existingIds={rules.map((r) => r.id)} onAdd={(rule) => onChange(insertBeforeFallback(rules, rule))} />
    </section>
  );
}
