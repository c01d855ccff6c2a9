import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { db } from '@/lib/db/client.ts';
import { queueEmail } from '@/lib/server/mail/queue-email.ts';
import { deliverPendingEmails } from '@/lib/server/mail/deliver-emails.ts';
import { resetMailTransport } from '@/lib/server/mail/transport.ts';
import { stopBoss } from '@/lib/jobs/boss.ts';
import { startJobWorker } from '@/lib/jobs/start-worker.ts';
import { nudgeJob } from '@/lib/jobs/nudge.ts';

const received: { to: string; body: string }[] = [];
let server: SMTPServer;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let body = '';
      stream.on('data', (chunk: Buffer) => (body += chunk.toString()));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), body });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  resetMailTransport();
});

afterAll(async () => {
  await stopBoss();
  delete process.env.SMTP_URL;
  resetMailTransport();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('e-mail through SMTP', () => {
  it('an e-mail queued in a transaction that rolls back is never sent', async () => {
    await db.$transaction(async (tx) => {
      await queueEmail(tx, { to: 'ghost@example.test', subject: 'Never', text: 'never sent' });
      throw new Error('rollback');
    }).catch(() => undefined);
    await deliverPendingEmails();
    expect(received.some((m) => m.to === 'ghost@example.test')).toBe(false);
  });

  it('delivers a queued e-mail once over SMTP and records it', async () => {
    const { id } = await db.$transaction((tx) => queueEmail(tx, { to: 'dana@example.test', subject: 'Estimate awaiting approval', text: 'Please review.' }));
    // other tests of the run may have queued mail too: deliver until nothing is pending, twice over
    while ((await deliverPendingEmails()).sent > 0);
    await deliverPendingEmails();
    const mails = received.filter((m) => m.to === 'dana@example.test');
    expect(mails).toHaveLength(1);
    expect(mails[0].body).toContain('Subject: Estimate awaiting approval');
    const row = await db.outboundEmail.findUniqueOrThrow({ where: { id } });
    expect(row.deliveredVia).toBe('smtp');
    expect(row.sentAt).not.toBeNull();
  });

  it('the pg-boss worker delivers when nudged', async () => {
    await startJobWorker();
    await db.$transaction((tx) => queueEmail(tx, { to: 'queue@example.test', subject: 'Via the queue', text: 'hello' }));
    await nudgeJob('mail-deliver');
    const deadline = Date.now() + 20_000;
    while (!received.some((m) => m.to === 'queue@example.test') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(received.filter((m) => m.to === 'queue@example.test')).toHaveLength(1);
  });
});
