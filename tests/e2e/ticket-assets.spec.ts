import { expect, test } from '@playwright/test';
import { signInAndLand } from './helpers.ts';

test('a technician links an asset of the ticket’s client from the picker, then unlinks it', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.getByRole('link', { name: 'New ticket' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New ticket' })).toBeVisible();
  await page.getByLabel('Client').selectOption({ label: 'Acme Dental — Gold (managed)' });
  await page.getByLabel('Channel').selectOption('phone');
  await page.getByLabel('Subject').fill('Lobby screen flickers');
  await page.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lobby screen flickers');

  const classify = page.getByRole('form', { name: 'Classify and change status' });
  const assets = page.getByRole('complementary');
  await expect(assets.getByText('No assets linked.')).toBeVisible();
  // the client's assets are fetched only when asked for
  await classify.getByRole('button', { name: 'Link more assets…' }).click();
  await classify.getByLabel(/WAP-LOBBY/).check();
  await classify.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await expect(assets.getByText('WAP-LOBBY')).toBeVisible();

  await page.reload();
  await expect(classify.getByLabel(/WAP-LOBBY/)).toBeChecked();
  await classify.getByLabel(/WAP-LOBBY/).uncheck();
  await classify.getByRole('button', { name: 'Save changes' }).click();
  await expect(assets.getByText('No assets linked.')).toBeVisible();
});
