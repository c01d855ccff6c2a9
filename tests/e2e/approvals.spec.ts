import { expect, test } from '@playwright/test';
import { logTimeOnTicket, signInAndLand, signOut } from './helpers.ts';

test('a customer admin approves an estimate; the work is then billed against it and the customer sees why', async ({ page }) => {
  await signInAndLand(page, 'admin@birch.demo', /\/portal$/);
  await page.getByRole('link', { name: 'Approvals' }).click();
  const estimate = page.getByTestId('pending-estimate').filter({ hasText: 'new starter' });
  await expect(estimate).toContainText('2 h 30 min');
  await estimate.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Nothing to approve')).toBeVisible();
  await signOut(page);

  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.goto('/console?queue=all&q=starter+laptop');
  await page.getByRole('link', { name: 'New starter laptop' }).click();
  await logTimeOnTicket(page, { date: '2026-11-18', start: '10:00', end: '11:00' });
  await expect(page.getByTestId('log-time-result')).toContainText('against the approved estimate of 2 h 30 min');
  const ticketUrl = page.url().replace('/console/', '/portal/');
  await signOut(page);

  await signInAndLand(page, 'admin@birch.demo', /\/portal$/);
  await page.goto(ticketUrl);
  await expect(page.getByTestId('decision-reason').last()).toContainText('against the approved estimate');
});

test('a customer user cannot approve: no approvals page and no buttons', async ({ page }) => {
  await signInAndLand(page, 'user@acme.demo', /\/portal$/);
  await expect(page.getByRole('link', { name: 'Approvals' })).toHaveCount(0);
  await page.goto('/portal/approvals');
  await expect(page).toHaveURL(/\/portal$/);
});

test('without approval, new-scope work is refused with a clear message and nothing is logged', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.goto('/console?queue=all&q=Root+cause+repeated');
  await page.getByRole('link', { name: /Root cause: repeated server restarts/ }).click();
  await logTimeOnTicket(page, { date: '2026-11-18', start: '10:00', end: '10:45' });
  await expect(page.locator('form[aria-label="Log time"] [role="alert"]')).toContainText('needs an approved estimate');
  await expect(page.getByTestId('time-entry')).toHaveCount(0);
});
