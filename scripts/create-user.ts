/**
 * `npm run user:create -- --email ada@example.com --name "Ada Admin" [--role admin]`: a staff
 * account on the database in DATABASE_URL (the first administrator of a database without demo
 * data; admins are the default). The password is asked for (not echoed), or read from standard
 * input when it is not a terminal: `printf '%s' "$PW" | npm run user:create -- …`.
 */
import 'dotenv/config';
import os from 'node:os';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { isAppError } from '../lib/errors/app-error.ts';

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, '');
  }
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      process.stdout.write(question);
      const output = rl as unknown as { _writeToOutput: (text: string) => void };
      output._writeToOutput = () => {}; // do not echo what is typed
      rl.question('', (answer) => {
        process.stdout.write('\n');
        resolve(answer);
      });
    });
  try {
    const password = await ask('Password: ');
    if ((await ask('Again: ')) !== password) throw new Error('The two passwords do not match.');
    return password;
  } finally {
    rl.close();
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } },
  });
  if (!values.email || !values.name) {
    console.error('Usage: npm run user:create -- --email ada@example.com --name "Ada Admin" [--role admin|account_manager|technician]');
    return 2;
  }
  if (!process.env.DATABASE_URL) {
    console.error('DATABASE_URL is not set (environment or .env).');
    return 2;
  }
  const { createStaffUser } = await import('../lib/server/users/create-staff-user.ts');
  const { db } = await import('../lib/db/client.ts');
  try {
    const password = await readPassword();
    const user = await createStaffUser({ input: { email: values.email, name: values.name, role: values.role as never, password }, operator: os.userInfo().username });
    console.log(`Created ${user.role} ${user.email}: sign in at /sign-in.`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      const fields = Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => `  ${field}: ${messages.join(' ')}`);
      console.error(['Not created.', ...(fields.length ? fields : [`  ${error.message}`])].join('\n'));
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().then((code) => process.exit(code));
