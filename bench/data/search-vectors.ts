/**
 * The tickets' full-text documents ("searchVector": subject, description and every comment), which
 * triggers keep current row by row (migration ticket_search_vector). A bulk load turns those
 * triggers off and fills every document with one set-based UPDATE at the end instead.
 */
import type pg from 'pg';
import type { Step } from './params.ts';

const TRIGGERS = [
  { table: 'Ticket', name: 'Ticket_search_vector' },
  { table: 'TicketComment', name: 'TicketComment_search_vector_insert' },
  { table: 'TicketComment', name: 'TicketComment_search_vector_update' },
  { table: 'TicketComment', name: 'TicketComment_search_vector_delete' },
];

/** Off for the load, on again afterwards (db:drift reports a trigger left disabled). */
export async function setSearchVectorTriggers(client: pg.Client, isEnabled: boolean): Promise<void> {
  for (const trigger of TRIGGERS) {
    await client.query(`ALTER TABLE "${trigger.table}" ${isEnabled ? 'ENABLE' : 'DISABLE'} TRIGGER "${trigger.name}"`);
  }
}

/** Every ticket's document in one pass over the comments; the same text as "ticket_search_document". */
export function searchVectorSteps(): Step[] {
  return [
    {
      table: 'Ticket.searchVector (one UPDATE, indexes rebuilt)',
      indexedTables: ['Ticket'],
      statements: [
        `UPDATE "Ticket" t
         SET "searchVector" = to_tsvector('simple', left(t0."subject" || ' ' || t0."description" || coalesce(' ' || c."bodies", ''), 250000))
         FROM "Ticket" t0
         LEFT JOIN (SELECT "ticketId", string_agg("body", ' ' ORDER BY "createdAt" DESC, "id" DESC) AS "bodies" FROM "TicketComment" GROUP BY "ticketId") c
           ON c."ticketId" = t0."id"
         WHERE t."id" = t0."id"`,
      ],
    },
  ];
}
