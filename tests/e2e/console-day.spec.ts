import { expect, test } from '@playwright/test';
import { logTimeOnTicket, signInAndLand } from './helpers.ts';

test('a technician takes a ticket from the unassigned queue, replies, logs time and resolves it', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  // queue tabs are plain links that the page routes itself: no full reload
  await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
  await page.getByRole('link', { name: /^Unassigned/ }).click();
  await expect(page.getByRole('link', { name: /^Unassigned/ })).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => 'loadedOnce' in window)).toBe(true);
  await page.getByRole('link', { name: 'Wi-Fi drops in the waiting room' }).click();

  const assign = page.getByRole('form', { name: 'Assign' });
  await assign.getByLabel('Assignee').selectOption({ label: 'Terry Tech' });
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(page.getByText('Assigned.')).toBeVisible();

  await page.getByLabel('Reply or note').fill('We are restarting the access point now.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByText('Reply sent to the customer.')).toBeVisible();
  await expect(page.locator('article').filter({ hasText: 'restarting the access point' })).toBeVisible();

  await logTimeOnTicket(page, { date: '2026-11-18', start: '14:00', end: '14:30' });
  await expect(page.getByTestId('log-time-result')).toContainText('Covered');

  const classify = page.getByRole('form', { name: 'Classify and change status' });
  await classify.getByLabel('Status').selectOption('in_progress');
  await classify.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved.')).toBeVisible();
  await classify.getByLabel('Status').selectOption('resolved');
  await classify.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved.').last()).toBeVisible();
  await expect(page.getByText(/Status In progress → Resolved/)).toBeVisible();
});

test('a technician creates a ticket during a phone call; the Silver tier refuses the hotline', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.getByRole('link', { name: 'New ticket' }).click();
  await expect(page).toHaveURL(/\/console\/tickets\/new$/);
  await page.getByLabel('Client').selectOption({ label: 'Birch & Co Accountants — Silver (managed)' });
  await page.getByLabel('Channel').selectOption('hotline');
  await page.getByLabel('Subject').fill('Caller cannot print invoices');
  await page.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'hotline' })).toBeVisible();

  await page.getByLabel('Client').selectOption({ label: 'Acme Dental — Gold (managed)' });
  await page.getByLabel('Channel').selectOption('phone');
  await page.getByRole('button', { name: 'Create ticket' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Caller cannot print invoices');
  await expect(page.getByRole('complementary').getByText('Phone', { exact: true })).toBeVisible();
});

test('keyboard: g jumps to a ticket by number', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.waitForLoadState('networkidle'); // shortcuts listen once the page is hydrated
  await page.keyboard.press('g');
  await page.getByLabel('Ticket number').fill('1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/console\/tickets\/1$/);
  // ? shows the shortcuts; Escape closes them again
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the queue filters by a client picked by typing part of its name', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await page.waitForLoadState('networkidle');
  const picker = page.getByRole('combobox', { name: 'Client' });
  await picker.fill('birch');
  await page.getByRole('option', { name: /Birch & Co Accountants/ }).click();
  await expect(picker).toHaveValue('Birch & Co Accountants');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page).toHaveURL(/clientId=/);
  const clients = page.getByRole('table', { name: 'Tickets' }).getByRole('row').filter({ hasNot: page.getByRole('columnheader') });
  await expect(clients.first()).toContainText('Birch & Co Accountants');
  for (const row of await clients.all()) await expect(row).toContainText('Birch & Co Accountants');
  // chosen again after the reload, from the URL
  await expect(page.getByRole('combobox', { name: 'Client' })).toHaveValue('Birch & Co Accountants');
  // a click anywhere on a row opens its ticket, not only on the subject's link
  const number = (await clients.first().getByRole('cell').first().textContent())!.replace('#', '');
  await clients.first().getByRole('cell', { name: 'Birch & Co Accountants' }).click();
  await expect(page).toHaveURL(new RegExp(`/console/tickets/${number}$`));
});
