import { expect, test } from '@playwright/test';
import { signIn, signInAndLand, signOut } from './helpers.ts';

test('a customer admin invites a colleague, who chooses a password from the e-mailed link and signs in', async ({ page }) => {
  const email = `new.colleague.${Date.now()}@acme.demo`;
  await signInAndLand(page, 'admin@acme.demo', /\/portal$/);
  await page.getByRole('link', { name: 'Users' }).click();
  const invite = page.getByRole('form', { name: 'Invite a user' });
  await invite.getByLabel('Name').fill('Nora New');
  await invite.getByLabel('E-mail').fill(email);
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByTestId('invite-result')).toContainText(`Invitation sent to ${email}`);
  await expect(page.getByTestId('company-user').filter({ hasText: email })).toContainText('Invited');
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in/);

  // no SMTP in tests: the e-mail is kept in the admin's outbox
  await signInAndLand(page, 'admin@msp.demo', /\/admin$/);
  await page.goto('/admin/outbox');
  const mail = page.getByTestId('outbox-email').filter({ hasText: email });
  const link = /https?:\/\/\S+\/invite\/\S+/.exec(await mail.innerText())![0];
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in/);

  await page.goto(link);
  await page.getByLabel('New password').fill('a very good password');
  await page.getByLabel('Type it again').fill('a very good password');
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is set');
  await page.goto(link);
  await expect(page.getByTestId('link-refusal')).toContainText('already been used');

  await signIn(page, email, 'a very good password');
  await expect(page).toHaveURL(/\/portal$/);
});

test('“Forgot your password?” answers the same whether or not the address exists', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot your password?' }).click();
  await page.getByLabel('E-mail').fill('nobody@nowhere.test');
  await page.getByRole('button', { name: 'Send me a link' }).click();
  const answer = await page.getByTestId('reset-requested').innerText();
  await page.goto('/reset-password');
  await page.getByLabel('E-mail').fill('user@acme.demo');
  await page.getByRole('button', { name: 'Send me a link' }).click();
  await expect(page.getByTestId('reset-requested')).toHaveText(answer);
  await page.goto('/reset-password/pwr_not_a_real_token');
  await expect(page.getByTestId('link-refusal')).toContainText('not valid');
});
