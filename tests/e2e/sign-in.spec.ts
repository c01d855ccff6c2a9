import { expect, test } from '@playwright/test';
import { signIn, signInAndLand, signOut } from './helpers.ts';

const HOMES = [
  { email: 'admin@msp.demo', path: /\/admin$/, heading: 'Administration' },
  { email: 'manager@msp.demo', path: /\/console$/, heading: 'Ticket queues' },
  { email: 'tech@msp.demo', path: /\/console$/, heading: 'Ticket queues' },
  { email: 'admin@acme.demo', path: /\/portal$/, heading: 'Your company’s tickets' },
  { email: 'user@acme.demo', path: /\/portal$/, heading: 'Your tickets' },
];

for (const home of HOMES) {
  test(`${home.email} signs in and lands on their home`, async ({ page }) => {
    await signInAndLand(page, home.email, home.path);
    await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();
  });
}

test('a wrong password is refused with a clear message', async ({ page }) => {
  await signIn(page, 'tech@msp.demo', 'not-the-password');
  await expect(page.locator('form [role="alert"]')).toContainText('do not match');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an anonymous visitor is sent to sign in from every face, by the pages themselves', async ({ page }) => {
  for (const path of ['/console', '/console/tickets/1', '/portal', '/admin', '/console/clients']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/sign-in/);
  }
});

test('sign-out ends the session', async ({ page }) => {
  await signInAndLand(page, 'tech@msp.demo', /\/console$/);
  await signOut(page);
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/console');
  await expect(page).toHaveURL(/\/sign-in/);
});
