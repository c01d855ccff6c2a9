import { expect, test } from '@playwright/test';
import { signIn, signInAndLand, signOut } from './helpers.ts';

test('an admin creates a tier and sees the preview sentence change with the scenario', async ({ page }) => {
  await signInAndLand(page, 'admin@msp.demo', /\/admin$/);
  await page.getByRole('navigation', { name: 'Administration navigation' }).getByRole('link', { name: 'Tiers' }).click();
  await expect(page.getByRole('heading', { name: 'Service tiers', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'New tier' }).click();

  await page.getByRole('form', { name: 'New tier' }).getByRole('textbox', { name: 'Name', exact: true }).fill('Diamond');
  const headline = page.getByTestId('preview-headline');
  await expect(headline).toHaveText('An incident at 21:00 on a Saturday (1 h, remote) for Diamond would be: billable at 1.5×');
  await expect(page.getByTestId('preview-reason')).toHaveText('Billable at the after-hours rate (1.5×): an incident outside Diamond support hours.');

  // the preview follows the unsaved terms: a weekday morning is covered, then 24×7 covers Saturday night
  const preview = page.getByRole('region', { name: 'Live preview' });
  await preview.getByLabel('Day', { exact: true }).selectOption('Tuesday');
  await preview.getByLabel('Start time', { exact: true }).fill('10:00');
  await expect(headline).toContainText('on a Tuesday (1 h, remote) for Diamond would be: covered');
  await preview.getByLabel('Day', { exact: true }).selectOption('Saturday');
  await preview.getByLabel('Start time', { exact: true }).fill('21:00');
  await page.getByRole('combobox', { name: 'Support hours', exact: true }).selectOption({ label: '24×7 (always in hours)' });
  await expect(headline).toContainText('on a Saturday (1 h, remote) for Diamond would be: covered');
  await expect(page.getByTestId('preview-checks')).toContainText('no problems found');

  await page.getByRole('button', { name: 'Create tier' }).click();
  await expect(page).toHaveURL(/\/admin\/tiers\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Diamond', level: 1 })).toBeVisible();
  await expect(page.getByTestId('tier-version')).toHaveCount(1);
  await expect(page.getByTestId('tier-version').first()).toContainText('Current');
});

test('an account manager creates a contract for a client from a template', async ({ page }) => {
  await signInAndLand(page, 'manager@msp.demo', /\/console$/);
  await page.getByRole('navigation', { name: 'Service console navigation' }).getByRole('link', { name: 'Contracts' }).click();
  await expect(page.getByRole('heading', { name: 'Contracts', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'New contract' }).click();

  const pick = page.getByRole('form', { name: 'Choose client and template' });
  await pick.getByRole('combobox', { name: 'Client', exact: true }).selectOption({ label: 'Fjord Architects' });
  await pick.getByRole('combobox', { name: 'Template', exact: true }).selectOption({ label: 'Managed – Gold' });
  await page.getByRole('button', { name: 'Continue' }).click();
  const form = page.getByRole('form', { name: 'New contract' });
  await expect(form.getByRole('textbox', { name: 'Name', exact: true })).toHaveValue('Gold managed support');
  await expect(form.getByLabel('Monthly fee')).toHaveValue('2500.00');
  await form.getByLabel('Monthly fee').fill('2750');
  await form.getByRole('button', { name: 'Create contract' }).click();

  await expect(page).toHaveURL(/\/console\/contracts\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/AG-FJORD-\d+ · Gold managed support/);
  await expect(page.getByText('Managed · Gold tier')).toBeVisible();
  await expect(page.getByText('$2,750.00')).toBeVisible();
  await expect(page.getByTestId('contract-history-entry').first()).toContainText('Created');
});

test('an account manager tops up a retainer on its contract page and sees it in the ledger', async ({ page }) => {
  await signInAndLand(page, 'manager@msp.demo', /\/console$/);
  await page.goto('/console/contracts?kind=retainer');
  await page.getByRole('table', { name: 'Contracts' }).getByRole('link', { name: 'AG-EVERGREEN-R1' }).click();
  await expect(page.getByRole('heading', { name: 'Retainer', level: 2 })).toBeVisible();
  const rowsBefore = await page.getByTestId('ledger-row').count();

  const sale = page.getByRole('form', { name: 'Sell retainer time' });
  await sale.getByRole('combobox', { name: 'Sale', exact: true }).selectOption('top_up');
  await sale.getByRole('spinbutton', { name: 'Amount', exact: true }).fill('2');
  await sale.getByRole('combobox', { name: 'Of', exact: true }).selectOption('hours');
  await sale.getByRole('button', { name: 'Record sale' }).click();
  await expect(page.getByText(/Recorded 8 units\. Balance now \d+ units/)).toBeVisible();
  await expect(page.getByTestId('ledger-row')).toHaveCount(rowsBefore + 1);
  await expect(page.getByTestId('ledger-row').filter({ hasText: 'Top up' }).first()).toContainText('+8');
});

test('an admin invites a technician, who sets a password from the e-mail and lands in the console; the admin can change their role', async ({ page }) => {
  const email = `new.tech.${Date.now()}@msp.demo`;
  await signInAndLand(page, 'admin@msp.demo', /\/admin$/);
  await page.getByRole('navigation', { name: 'Administration navigation' }).getByRole('link', { name: 'Staff' }).click();
  const invite = page.getByRole('form', { name: 'Invite a user' });
  await invite.getByLabel('Name').fill('Tina Newtech');
  await invite.getByLabel('E-mail').fill(email);
  await invite.getByLabel('Role').selectOption('technician');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByTestId('invite-result')).toContainText(`Invitation sent to ${email}`);
  const row = page.getByTestId('staff-member').filter({ hasText: email });
  await expect(row).toContainText('Invited');
  await expect(row).toContainText('Technician');

  await row.getByRole('combobox', { name: 'Role of Tina Newtech' }).selectOption('account_manager');
  await row.getByRole('button', { name: 'Change role' }).click();
  await expect(page.getByTestId('staff-member').filter({ hasText: email })).toContainText('Account manager');
  await page.getByTestId('staff-member').filter({ hasText: email }).getByRole('button', { name: 'Resend invitation' }).click();
  await expect(page.getByText(`A new invitation was sent to ${email}.`)).toBeVisible();

  // the newest e-mail's link (the first one's stopped working when it was sent again)
  await page.goto('/admin/outbox');
  const link = /https?:\/\/\S+\/invite\/\S+/.exec(await page.getByTestId('outbox-email').filter({ hasText: email }).first().innerText())![0];
  await signOut(page);
  await page.goto(link);
  await page.getByLabel('New password').fill('a very good password');
  await page.getByLabel('Type it again').fill('a very good password');
  await page.getByRole('button', { name: 'Set my password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is set');
  await signIn(page, email, 'a very good password');
  await expect(page).toHaveURL(/\/console$/);
});

test('an admin creates a team and moves a technician into it', async ({ page }) => {
  const name = `Night shift ${Date.now()}`;
  await signInAndLand(page, 'admin@msp.demo', /\/admin$/);
  await page.goto('/admin/staff');
  const create = page.getByRole('form', { name: 'Create a team' });
  await create.getByLabel('Team name').fill('x');
  await create.getByRole('button', { name: 'Create team' }).click();
  await expect(create.getByRole('alert')).toContainText('A team name needs at least 2 characters.');
  await create.getByLabel('Team name').fill(name);
  await create.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByTestId('team').filter({ hasText: name })).toContainText('No members');

  const sam = page.getByTestId('staff-member').filter({ hasText: 'tech2@msp.demo' });
  await sam.getByRole('combobox', { name: 'Team of Sam Support' }).selectOption({ label: name });
  await sam.getByRole('button', { name: 'Set team' }).click();
  await expect(page.getByText(`Now in ${name}.`)).toBeVisible();
  await expect(page.getByTestId('team').filter({ hasText: name })).toContainText('Sam Support');
  // back to the demo's team, so other tests find the demo as it was
  await page.getByTestId('staff-member').filter({ hasText: 'tech2@msp.demo' }).getByRole('combobox', { name: 'Team of Sam Support' }).selectOption({ label: 'Service desk' });
  await page.getByTestId('staff-member').filter({ hasText: 'tech2@msp.demo' }).getByRole('button', { name: 'Set team' }).click();
  await expect(page.getByText('Now in Service desk.')).toBeVisible();
});
