import 'dotenv/config';
import { db } from '@/lib/db/client.ts';
import { seedDemo } from './seed-demo.ts';

const started = Date.now();
const seeded = await seedDemo(db);
console.log(seeded ? `Demo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s.` : 'Demo data is already there.');
await db.$disconnect();
