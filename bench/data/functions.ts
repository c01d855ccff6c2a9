/**
 * Session settings and helper functions for the generator. The functions live in pg_temp, so
 * they vanish with the session and the bench database keeps exactly the app's schema.
 */
export const SESSION_SETUP = [
  `SET synchronous_commit = off`,
  `SET maintenance_work_mem = '1GB'`,
  `SET work_mem = '1GB'`,
  `SET temp_buffers = '2GB'`,
  `SELECT setseed(0.4242)`,
];

export const FUNCTIONS = [
  // "3 h 45 min", "15 min", as formatDuration in lib/domain/billing/rounding.ts
  `CREATE FUNCTION pg_temp.dur(m bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
     SELECT CASE WHEN m < 60 THEN m || ' min' WHEN m % 60 = 0 THEN (m / 60) || ' h'
                 ELSE (m / 60) || ' h ' || (m % 60) || ' min' END $$`,
  // 15-minute units, at least one, remainders of up to 5 minutes dropped (seed 004)
  `CREATE FUNCTION pg_temp.units(m int) RETURNS int LANGUAGE sql IMMUTABLE AS $$
     SELECT CASE WHEN m = 0 THEN 0 ELSE greatest(1, m / 15 + CASE WHEN m % 15 > 5 THEN 1 ELSE 0 END) END $$`,
  // working minutes on the Mon–Fri 08:00–18:00 calendar, local to tz, skipping holidays
  `CREATE FUNCTION pg_temp.add_bh(t timestamptz, mins int, tz text, hol date[]) RETURNS timestamptz
   LANGUAGE plpgsql STABLE AS $$
   DECLARE l timestamp := t AT TIME ZONE tz; d date; avail numeric; remaining numeric := mins;
   BEGIN
     LOOP
       d := l::date;
       IF extract(isodow FROM d) >= 6 OR d = ANY (hol) THEN l := d + 1 + time '08:00'; CONTINUE; END IF;
       IF l < d + time '08:00' THEN l := d + time '08:00'; END IF;
       IF l >= d + time '18:00' THEN l := d + 1 + time '08:00'; CONTINUE; END IF;
       avail := extract(epoch FROM (d + time '18:00') - l) / 60;
       IF remaining <= avail THEN RETURN (l + remaining * interval '1 minute') AT TIME ZONE tz; END IF;
       remaining := remaining - avail;
       l := d + 1 + time '08:00';
     END LOOP;
   END $$`,
];
