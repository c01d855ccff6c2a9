/** The demo sign-ins, printed by `npm start` and listed in README. */
export const DEMO_PASSWORD = 'demo-password';
export const DEMO_API_TOKEN = 'psa_demo_admin_2026_token_for_local_use_only';

export const DEMO_STAFF = [
  { email: 'admin@msp.demo', name: 'Ada Admin', role: 'admin' },
  { email: 'manager@msp.demo', name: 'Morgan Manager', role: 'account_manager' },
  { email: 'tech@msp.demo', name: 'Terry Tech', role: 'technician' },
  { email: 'tech2@msp.demo', name: 'Sam Support', role: 'technician' },
] as const;

export const DEMO_SIGN_INS = [
  { role: 'Administrator', email: 'admin@msp.demo' },
  { role: 'Account manager', email: 'manager@msp.demo' },
  { role: 'Technician', email: 'tech@msp.demo' },
  { role: 'Customer admin (Acme Dental, Gold)', email: 'admin@acme.demo' },
  { role: 'Customer user (Acme Dental, Gold)', email: 'user@acme.demo' },
  { role: 'Customer admin (Birch & Co, Silver)', email: 'admin@birch.demo' },
  { role: 'Customer admin (Evergreen Legal, retainer)', email: 'admin@evergreen.demo' },
] as const;
