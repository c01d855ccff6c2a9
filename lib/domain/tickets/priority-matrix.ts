/**
 * The customer's words → the ticket's type and priority. Customers say how urgent it is and
 * how many people it stops; the service desk's P1–P4 follow the usual impact × urgency matrix.
 */
export const URGENCIES = ['low', 'medium', 'high'] as const;
export const IMPACTS = ['just_me', 'team', 'company'] as const;
export const REQUEST_KINDS = ['broken', 'new', 'question'] as const;

export type Urgency = (typeof URGENCIES)[number];
export type Impact = (typeof IMPACTS)[number];
export type RequestKind = (typeof REQUEST_KINDS)[number];
export type Priority = 'P1' | 'P2' | 'P3' | 'P4';

// rows: impact (just me → whole company); columns: urgency (low → high)
const MATRIX: Record<Impact, Record<Urgency, Priority>> = {
  just_me: { low: 'P4', medium: 'P4', high: 'P3' },
  team: { low: 'P4', medium: 'P3', high: 'P2' },
  company: { low: 'P3', medium: 'P2', high: 'P1' },
};

export function priorityFor(urgency: Urgency, impact: Impact): Priority {
  return MATRIX[impact][urgency];
}

export interface ClassifiedRequest {
  type: 'incident' | 'service_request';
  priority: Priority;
}

/**
 * Something broken is an incident; something new is a service request (new scope); a question
 * is a service request at P4 whatever the urgency, since nothing is down.
 */
export function classifyRequest(input: { kind: RequestKind; urgency: Urgency; impact: Impact }): ClassifiedRequest {
  if (input.kind === 'question') return { type: 'service_request', priority: 'P4' };
  return {
    type: input.kind === 'broken' ? 'incident' : 'service_request',
    priority: priorityFor(input.urgency, input.impact),
  };
}

export const REQUEST_KIND_LABELS: Record<RequestKind, string> = {
  broken: 'Something is broken',
  new: 'I need something new',
  question: 'I have a question',
};

export const URGENCY_LABELS: Record<Urgency, string> = {
  low: 'Low — it can wait a few days',
  medium: 'Medium — it slows us down',
  high: 'High — we cannot work',
};

export const IMPACT_LABELS: Record<Impact, string> = {
  just_me: 'Just me',
  team: 'A team',
  company: 'The whole company',
};
