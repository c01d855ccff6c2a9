/**
 * Ticket comments: replies from the customer and the technicians, and internal notes, spread
 * over their tickets' lives. Bodies are made of everyday support sentences about the ticket's
 * kind of work, so the console's full-text search finds realistic words (printer, VPN, backup…).
 * Runs last, so the random stream of the steps before it (and thus the other sizes' data) is unchanged.
 */
import type { Params, Step } from './params.ts';

// per ticket type, in enum order: incident, service_request, problem, change, maintenance, alert
const TOPICS = `ARRAY[
  ARRAY['The printer queue was stuck; cleared it and restarted the spooler.','Outlook profile rebuilt, the password prompt is gone.',
        'The VPN client was out of date; updated it and the tunnel holds now.','Mapped the shared drive again with the right credentials.',
        'The laptop boots after a BIOS reset; the disk passed its checks.','Moved the meeting room access point to a cleaner Wi-Fi channel.'],
  ARRAY['Account created and the laptop imaged for the new starter.','Added the user to the accounts mailbox with send-as rights.',
        'Adobe Acrobat installed from the licence pool.','MFA reset; the user enrolled the new phone.',
        'Shared calendar created and shared with the team.','Network drive mapped through group policy for the new team.'],
  ARRAY['The disk fills up because the backup logs are never rotated.','The VPN outage follows the firewall rekey every Monday night.',
        'Drafted a backup strategy with an offsite copy for the new site.','Logons are slow because the profile share sits on a busy server.',
        'The switch reboots on a failing power supply; replacement ordered.','Mail is delayed by the spam filter greylisting the partner domain.'],
  ARRAY['Core switch replacement scheduled for Saturday morning.','Firewall firmware upgraded; rules verified after the reboot.',
        'File shares copied to SharePoint; permissions reviewed with the owner.','Second internet line installed; failover tested.',
        'Windows 11 rolled out to the first group of laptops.','UPS moved and the server room load rebalanced.'],
  ARRAY['Server patches applied and services checked after the reboot.','Workstation health check done; two disks flagged for replacement.',
        'Firewall rules reviewed; removed three unused rules.','Patched and rebooted the servers in the maintenance window.',
        'Backup restore test passed for the file server.','Switch firmware is current; no action needed.'],
  ARRAY['Disk space freed on the server by clearing old backups.','The backup job failed on a locked file; rerun succeeded.',
        'CPU spike from the antivirus scan; rescheduled it to the night.','Firewall HA failover was a planned test by the ISP.',
        'Certificate renewed and installed on the web server.','Print Spooler restarted and set to restart on failure.']]`;

const OPENERS = `ARRAY['Picked this up.','Following up on this.','Update:','Spoke with the user.','Checked remotely.','Thanks for the details.',
  'Working on it now.','Quick note for the team:']`;
const CLOSERS = `ARRAY['Please confirm it works on your side.','Will check again tomorrow morning.','Leaving this open until the user confirms.',
  'Documented in the run book.','Let us know if it happens again.','Closing once the customer confirms.','']`;
const CUSTOMER = `ARRAY['Thanks, that fixed it.','It is still happening this morning, can you take another look?',
  'The printer works again, thank you.','Could someone call me back? The VPN keeps dropping.','Any update on this? The team is waiting.',
  'We still cannot reach the shared drive from the branch office.','Confirmed, the backup looks fine now.','Please go ahead with the change on Saturday.',
  'The new starter begins on Monday, is the laptop ready?','Outlook asks for the password again.']`;
const INTERNAL = `ARRAY['Internal: customer is sensitive about downtime, call before rebooting.','Internal: the vendor case number is in the notes.',
  'Internal: check the firewall logs before closing.','Internal: same issue as last month, consider a problem ticket.',
  'Internal: licence renewal is due, tell the account manager.']`;

export function commentSteps(p: Params): Step[] {
  if (p.comments <= 0) return [];
  return [
    {
      table: 'TicketComment',
      indexedTables: ['TicketComment'],
      statements: [
        // tickets picked at random (alerts rarely get comments); each comment sometime in its ticket's life
        `INSERT INTO "TicketComment"("ticketId", "authorId", body, "isInternal", "createdAt")
         SELECT t.id,
                CASE WHEN c.r_kind < 0.35 AND t.admin_id IS NOT NULL THEN t.admin_id
                     ELSE coalesce(t.assignee_id, k.techs[1 + floor(c.r_tech * array_length(k.techs, 1))::int]) END,
                CASE WHEN c.r_kind < 0.35 THEN (${CUSTOMER})[1 + floor(c.r_text * 10)::int]
                     WHEN c.r_kind < 0.5 THEN (${INTERNAL})[1 + floor(c.r_text * 5)::int]
                     ELSE rtrim((${OPENERS})[1 + floor(c.r_open * 8)::int] || ' '
                       || (${TOPICS})[array_position(enum_range(NULL::"TicketType"), t.type)][1 + floor(c.r_text * 6)::int] || ' '
                       || (${CLOSERS})[1 + floor(c.r_close * 7)::int]) END,
                c.r_kind >= 0.35 AND c.r_kind < 0.5,
                least(t.created + (coalesce(t.resolved_at, k.now) - t.created) * (0.05 + 0.95 * c.r_at), k.now - interval '1 minute')
         FROM (SELECT floor(random() * ${p.tickets})::int AS ti, random() AS r_kind, random() AS r_text, random() AS r_open,
                      random() AS r_close, random() AS r_tech, random() AS r_at
               FROM generate_series(1, ${Math.round(p.comments * 1.12)}) g OFFSET 0) c
         JOIN b_ticket t ON t.ti = c.ti CROSS JOIN b_const k
         WHERE t.type <> 'alert' OR c.r_at < 0.25
         LIMIT ${p.comments}`,
      ],
    },
  ];
}
