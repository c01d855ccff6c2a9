import { expect, test } from '@playwright/test';
import { logTimeOnTicket, signInAndLand } from './helpers.ts';

test('a technician logs time and sees the decision and its reason at once', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.getByRole('searchbox', { name: /Search subject/ }).fill('Printer offline');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('link', { name: /Printer offline/ }).click();
  await logTimeOnTicket(page, { date: '2026-11-18', start: '10:00', end: '10:20' });
  await expect(page.getByTestId('log-time-result')).toContainText('Logged 20 min');
  await expect(page.getByTestId('decision-reason').last()).toContainText('Covered: incident during Gold support hours');
});

test('bad time input gets a field message and logs nothing', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.goto('/console?queue=all&q=front+desk+printer');
  await page.getByRole('link', { name: /Printer offline/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Printer offline');
  const before = await page.getByTestId('time-entry').count();
  await logTimeOnTicket(page, { date: '2026-11-18', start: '11:00', end: '10:00' });
  await expect(page.getByText('The end must be after the start.', { exact: true })).toBeVisible();
  await expect(page.getByTestId('time-entry')).toHaveCount(before);
});
