import pg from 'pg';

// The budgets' yardstick: a bare Next.js page with one indexed query, rendered per request.
export const dynamic = 'force-dynamic';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const anyTicketNumber = () => 1 + Math.floor(Math.random() * 1000);

export default async function Page() {
  const { rows } = await pool.query<{ number: number; subject: string }>('SELECT number, subject FROM "Ticket" WHERE number = $1', [anyTicketNumber()]);
  return (
    <main>
      <h1>Ticket {rows[0]?.number}</h1>
      <p>{rows[0]?.subject}</p>
    </main>
  );
}
