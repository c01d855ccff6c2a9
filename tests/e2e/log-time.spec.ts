import { expect, test } from '@playwright/test';
import { signInAndLand } from './helpers.ts';

test('a technician logs time and sees the decision and its reason at once', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.getByRole('searchbox', { name: /Search subject/ }).fill('Printer offline');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('link', { name: /Printer offline/ }).click();
  await page.getByLabel(/^Start/).fill('10:00');
  await page.getByLabel(/^End/).fill('10:20');
  await page.getByLabel(/^Date/).fill('2026-11-18');
  await page.getByRole('button', { name: 'Log time' }).click();
  await expect(page.getByTestId('log-time-result')).toContainText('Logged 20 min');
  await expect(page.getByTestId('decision-reason').last()).toContainText('Covered: incident during Gold support hours');
});

test('bad time input gets a field message and logs nothing', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.getByRole('link', { name: /^Unassigned/ }).click();
  await page.getByRole('searchbox', { name: /Search subject/ }).fill('Wi-Fi drops');
  await page.getByRole('button', { name: 'Filter' }).click();
  await page.getByRole('link', { name: /Wi-Fi drops/ }).click();
  const before = await page.getByTestId('time-entry').count();
  await page.getByLabel(/^Start/).fill('11:00');
  await page.getByLabel(/^End/).fill('10:00');
  await page.getByRole('button', { name: 'Log time' }).click();
  await expect(page.getByText('The end must be after the start.', { exact: true })).toBeVisible();
  await expect(page.getByTestId('time-entry')).toHaveCount(before);
});
