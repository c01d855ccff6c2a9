import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-password';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  // a navigation can be aborted by a late client-side redirect of the previous page; retry once
  await page.goto('/sign-in').catch(() => page.goto('/sign-in'));
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signInAndLand(page: Page, email: string, path: RegExp) {
  await signIn(page, email);
  await expect(page).toHaveURL(path);
}

/** Fills the console ticket page's "Log time" form (times are the client's local time). */
export async function logTimeOnTicket(page: Page, entry: { date: string; start: string; end: string; mode?: 'remote' | 'phone' | 'onsite' }) {
  const form = page.getByRole('form', { name: 'Log time' });
  await form.getByLabel(/^Date/).fill(entry.date);
  await form.getByLabel(/^Start/).fill(entry.start);
  await form.getByLabel(/^End/).fill(entry.end);
  if (entry.mode) await form.getByLabel('Work mode').selectOption(entry.mode);
  await form.getByRole('button', { name: 'Log time' }).click();
}

/** Signs out through the header button; waits for pending renders so the click is not lost. */
export async function signOut(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/, { timeout: 15_000 });
}
