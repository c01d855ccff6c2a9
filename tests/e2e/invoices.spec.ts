import { expect, test } from '@playwright/test';
import { signInAndLand, signOut } from './helpers.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// the demo data's billable work lies in the last weeks, so the current month has it (and Acme's monthly fee)
const now = new Date();
const monthLabel = `${MONTHS[now.getUTCMonth()]} ${now.getUTCFullYear()}`;

test('an account manager runs the month and issues an invoice; the customer admin downloads its PDF', async ({ page }) => {
  await signInAndLand(page, 'manager@msp.demo', /\/console$/);
  await page.getByRole('link', { name: 'Invoices', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Invoices');
  await page.getByRole('button', { name: `Run invoices for ${monthLabel}` }).click();
  await expect(page.getByText(new RegExp(`${monthLabel}: \\d+ invoices`))).toBeVisible();

  const acme = page.getByRole('row', { name: /Acme Dental/ });
  await expect(acme).toContainText('Draft');
  await acme.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Draft invoice');
  await expect(page.getByTestId('invoice-line').first()).toContainText('monthly fee');
  const total = await page.getByTestId('invoice-total').innerText();

  await page.getByRole('button', { name: 'Issue', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Issue invoice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Invoice \d+$/);
  const number = (await page.getByRole('heading', { level: 1 }).innerText()).replace('Invoice ', '');
  await expect(page.getByRole('button', { name: 'Mark paid' })).toBeVisible();
  const pdfPath = new URL(page.url()).pathname.replace('/console/invoices/', '/api/invoices/') + '/pdf';
  await signOut(page);

  // another company's admin cannot fetch it
  await signInAndLand(page, 'admin@birch.demo', /\/portal$/);
  expect((await page.request.get(pdfPath)).status()).toBe(404);
  await signOut(page);

  await signInAndLand(page, 'admin@acme.demo', /\/portal$/);
  await page.getByRole('link', { name: 'Invoices', exact: true }).click();
  await page.getByRole('row').filter({ hasText: monthLabel }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Invoice ${number}`);
  await expect(page.getByTestId('invoice-total')).toHaveText(total);

  const link = page.getByRole('link', { name: 'Download PDF' });
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`invoice-${number}.pdf`);
});

test('a customer user has no invoices: no link, and the page sends them home', async ({ page }) => {
  await signInAndLand(page, 'user@acme.demo', /\/portal$/);
  await expect(page.getByRole('link', { name: 'Invoices', exact: true })).toHaveCount(0);
  await page.goto('/portal/invoices');
  await expect(page).toHaveURL(/\/portal$/);
});
