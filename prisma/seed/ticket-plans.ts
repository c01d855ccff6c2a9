import type { TicketPlan } from './tickets.ts';

/** The demo's story: every ticket type and status, and every billing rule at work. */
export const TICKET_PLANS: TicketPlan[] = [
  // Acme Dental — Gold
  { client: 'acme', type: 'incident', priority: 'P2', subject: 'Reception PC will not boot', status: 'resolved', openedDaysAgo: 6, assets: ['RECEPTION-PC'], requester: 'acme-user', entries: [{ daysAgo: 6, at: '09:30', minutes: 45 }], reply: 'We are connecting remotely now.' },
  { client: 'acme', type: 'incident', priority: 'P1', subject: 'Practice server down after power cut', status: 'closed', openedDaysAgo: 20, assets: ['DC01'], entries: [{ daysAgo: 20, at: '17:30', minutes: 90, mode: 'onsite', notes: 'Onsite: restarted the server, checked the UPS.' }], reply: 'An engineer is on the way.' },
  { client: 'acme', type: 'incident', priority: 'P3', subject: 'E-mail not syncing on a phone', status: 'in_progress', openedDaysAgo: 1, requester: 'acme-user', entries: [{ daysAgo: 1, at: '19:30', minutes: 20, isExactDay: true, notes: 'After hours at the dentist’s request.' }], reply: 'Looking at it this evening.' },
  { client: 'acme', type: 'service_request', priority: 'P4', subject: 'Add a new shared mailbox', status: 'resolved', openedDaysAgo: 9, requester: 'acme-admin', entries: [{ daysAgo: 9, at: '11:00', minutes: 20 }], reply: 'Done: the mailbox is in your Outlook.' },
  { client: 'acme', type: 'service_request', priority: 'P3', subject: 'Set up the new operatory workstation', status: 'in_progress', openedDaysAgo: 8, estimate: { description: 'Image, join to domain and install imaging software', minutes: 180, status: 'approved' }, entries: [{ daysAgo: 7, at: '10:00', minutes: 120 }, { daysAgo: 5, at: '14:00', minutes: 90 }], reply: 'Scheduled for Thursday.' },
  { client: 'acme', type: 'problem', priority: 'P3', subject: 'Root cause: repeated server restarts', status: 'awaiting_approval', openedDaysAgo: 4, assets: ['DC01'], estimate: { description: 'Event-log analysis and firmware review', minutes: 240, status: 'pending' }, note: 'Likely the RAID controller firmware; needs a proper look.' },
  { client: 'acme', type: 'maintenance', phase: 'assessment', priority: 'P4', subject: 'Quarterly maintenance: core network', status: 'resolved', openedDaysAgo: 12, assets: ['RTR01', 'SW-CORE'], entries: [{ daysAgo: 12, at: '13:00', minutes: 60 }] },
  { client: 'acme', type: 'maintenance', phase: 'remediation', priority: 'P3', subject: 'Replace failing switch port module', status: 'waiting_on_customer', openedDaysAgo: 3, assets: ['SW-CORE'], estimate: { description: 'Replace the module (parts quoted separately)', amount: '450.00', status: 'rejected' }, reply: 'Could you tell us when the office is empty?' },
  { client: 'acme', type: 'incident', priority: 'P2', subject: 'Wi-Fi drops in the waiting room', status: 'new', openedDaysAgo: 0, requester: 'acme-user', assets: ['WAP-LOBBY'] },
  { client: 'acme', type: 'incident', priority: 'P3', subject: 'Printer offline at front desk', status: 'triaged', openedDaysAgo: 0, channel: 'phone' },
  // Birch & Co — Silver, two 15-minute sessions a month
  { client: 'birch', type: 'incident', priority: 'P3', subject: 'Outlook keeps asking for a password', status: 'resolved', openedDaysAgo: 3, requester: 'birch-admin', entries: [{ daysAgo: 3, at: '09:30', minutes: 10 }] },
  { client: 'birch', type: 'incident', priority: 'P3', subject: 'Cannot open the tax software', status: 'resolved', openedDaysAgo: 2, requester: 'birch-admin', entries: [{ daysAgo: 2, at: '10:00', minutes: 25 }] },
  { client: 'birch', type: 'incident', priority: 'P2', subject: 'VPN will not connect from home', status: 'in_progress', openedDaysAgo: 1, requester: 'birch-admin', entries: [{ daysAgo: 1, at: '11:00', minutes: 30, mode: 'phone' }] },
  { client: 'birch', type: 'service_request', priority: 'P4', subject: 'New starter laptop', status: 'awaiting_approval', openedDaysAgo: 1, estimate: { description: 'Build and configure a laptop for the new starter', minutes: 150, status: 'pending' } },
  { client: 'birch', type: 'alert', priority: 'P2', subject: 'Backup job failed on NAS-BACKUP', status: 'triaged', openedDaysAgo: 0, assets: ['NAS-BACKUP'] },
  // Cobalt Logistics — Platinum, 24×7
  { client: 'cobalt', type: 'incident', priority: 'P1', subject: 'Warehouse scanners cannot reach the server', status: 'resolved', openedDaysAgo: 5, channel: 'hotline', assets: ['DC01'], entries: [{ daysAgo: 5, at: '03:00', minutes: 75, isExactDay: true, notes: 'Night shift call via the hotline.' }] },
  { client: 'cobalt', type: 'alert', priority: 'P2', subject: 'Firewall CPU above 90%', status: 'resolved', openedDaysAgo: 4, assets: ['FW01'], entries: [{ daysAgo: 4, at: '15:00', minutes: 40 }] },
  { client: 'cobalt', type: 'maintenance', phase: 'assessment', priority: 'P4', subject: 'Quarterly maintenance: workstations', status: 'closed', openedDaysAgo: 15, assets: ['RECEPTION-PC'], entries: [{ daysAgo: 15, at: '09:00', minutes: 120 }] },
  { client: 'cobalt', type: 'change', priority: 'P3', subject: 'Upgrade the warehouse Wi-Fi', status: 'in_progress', openedDaysAgo: 10, estimate: { description: 'Survey and install four access points', amount: '2800.00', status: 'approved' }, entries: [{ daysAgo: 9, at: '10:00', minutes: 240, mode: 'onsite' }] },
  // Driftwood — Silver, opted out of monitoring
  { client: 'driftwood', type: 'incident', priority: 'P3', subject: 'Volunteer laptop very slow', status: 'waiting_on_customer', openedDaysAgo: 2, entries: [{ daysAgo: 2, at: '14:00', minutes: 15 }], reply: 'Please leave it switched on tonight so we can update it.' },
  // Evergreen Legal — retainer, 28 units
  { client: 'evergreen', type: 'incident', priority: 'P1', subject: 'File server recovery after disk failure', status: 'resolved', openedDaysAgo: 14, assets: ['DC01'], requester: 'evergreen-admin', entries: [{ daysAgo: 14, at: '09:15', minutes: 217, notes: 'Server recovery: 3 h 37 min.' }] },
  { client: 'evergreen', type: 'service_request', priority: 'P3', subject: 'Set up two new user accounts', status: 'resolved', openedDaysAgo: 7, requester: 'evergreen-admin', entries: [{ daysAgo: 7, at: '10:00', minutes: 185 }] },
  { client: 'evergreen', type: 'incident', priority: 'P3', subject: 'Mainframe terminal emulator errors', status: 'awaiting_approval', openedDaysAgo: 2, assets: ['MAINFRAME'], requester: 'evergreen-admin', estimate: { description: 'Best-effort look at the unsupported mainframe client', minutes: 60, status: 'pending' } },
  { client: 'evergreen', type: 'incident', priority: 'P2', subject: 'Scanner not saving to the shared drive', status: 'in_progress', openedDaysAgo: 1, requester: 'evergreen-admin', entries: [{ daysAgo: 1, at: '15:00', minutes: 50 }] },
  // Fjord — time and materials
  { client: 'fjord', type: 'incident', priority: 'P3', subject: 'Plotter driver broken after update', status: 'resolved', openedDaysAgo: 6, entries: [{ daysAgo: 6, at: '10:00', minutes: 55 }] },
  { client: 'fjord', type: 'service_request', priority: 'P4', subject: 'Install rendering software', status: 'closed', openedDaysAgo: 18, entries: [{ daysAgo: 18, at: '13:00', minutes: 70, mode: 'onsite' }] },
  // Granite — Gold with a monthly budget
  { client: 'granite', type: 'incident', priority: 'P2', subject: 'Shop-floor PC blue screens', status: 'resolved', openedDaysAgo: 8, assets: ['RECEPTION-PC'], entries: [{ daysAgo: 8, at: '08:30', minutes: 35 }] },
  { client: 'granite', type: 'maintenance', phase: 'assessment', priority: 'P4', subject: 'Annual maintenance: backup appliance', status: 'in_progress', openedDaysAgo: 2, assets: ['NAS-BACKUP'], entries: [{ daysAgo: 2, at: '16:00', minutes: 45 }] },
  { client: 'granite', type: 'problem', priority: 'P3', subject: 'Why the ERP slows every Monday', status: 'triaged', openedDaysAgo: 1, estimate: { description: 'Two hours of performance tracing', minutes: 120, status: 'approved' }, entries: [{ daysAgo: 1, at: '10:30', minutes: 60 }] },
  // Harbor Clinic — Platinum, onboarding
  { client: 'harbor', type: 'service_request', priority: 'P3', subject: 'Onboarding: document the network', status: 'in_progress', openedDaysAgo: 3, entries: [{ daysAgo: 3, at: '10:00', minutes: 25 }] },
];
