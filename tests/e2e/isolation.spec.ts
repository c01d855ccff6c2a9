import { expect, test } from '@playwright/test';
import { signInAndLand, signOut } from './helpers.ts';

test('a customer opening another client’s ticket gets not-found and sees nothing of it', async ({ page }) => {
  // Birch’s admin looks up an Acme ticket number (seen by staff in the queue)
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.goto('/console?queue=all&q=Reception+PC');
  const href = await page.getByRole('link', { name: 'Reception PC will not boot' }).getAttribute('href');
  const acmeTicket = href!.split('/').pop();
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in/);

  await signInAndLand(page, 'admin@birch.demo', /\/portal$/);
  const response = await page.goto(`/portal/tickets/${acmeTicket}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText('Reception PC will not boot')).toHaveCount(0);
  await expect(page.getByText('Acme Dental')).toHaveCount(0);
});

test('a customer cannot open the console or admin pages', async ({ page }) => {
  await signInAndLand(page, 'user@acme.demo', /\/portal$/);
  await page.goto('/console');
  await expect(page).toHaveURL(/\/portal$/);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/portal$/);
});

test('the portal shows the customer their own tickets with coverage reasons', async ({ page }) => {
  await signInAndLand(page, 'admin@acme.demo', /\/portal$/);
  await page.getByRole('link', { name: 'All', exact: true }).click();
  await page.getByRole('link', { name: /Reception PC will not boot/ }).click();
  await expect(page.getByTestId('decision-reason').first()).toContainText('Covered');
  await expect(page.getByText('Internal note')).toHaveCount(0);
});
