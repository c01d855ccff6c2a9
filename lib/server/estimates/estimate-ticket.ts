/** What estimate use cases read of the ticket: identity, status and the SLA clock. */
export const estimateTicketSelect = {
  id: true,
  number: true,
  clientId: true,
  contractId: true,
  mergedIntoId: true,
  status: true,
  slaPausedAt: true,
  slaPausedMinutes: true,
  responseDueAt: true,
  resolutionDueAt: true,
  firstRespondedAt: true,
  resolvedAt: true,
  client: { select: { timezone: true } },
} as const;
