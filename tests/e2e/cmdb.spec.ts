import { expect, test } from '@playwright/test';
import { signInAndLand } from './helpers.ts';

test('a technician filters the CMDB by class and sees a server’s ticket history', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.goto('/console/assets');
  await expect(page.getByRole('heading', { name: 'Assets', level: 1 })).toBeVisible();

  await page.getByLabel('Class').selectOption('server');
  await page.getByLabel('Search').fill('ACME');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/class=server/);
  const table = page.getByRole('table', { name: 'Assets' });
  await expect(table.getByRole('link', { name: 'ACME-DC01' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'ACME-FW01' })).toHaveCount(0);

  await table.getByRole('link', { name: 'ACME-DC01' }).click();
  await expect(page.getByRole('heading', { name: 'ACME-DC01', level: 1 })).toBeVisible();
  const history = page.getByTestId('asset-history');
  await expect(history.getByRole('link', { name: /Practice server down after power cut/ })).toBeVisible();
  await expect(history).toContainText('Incident');
});
