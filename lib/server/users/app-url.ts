/** The app's public address for links in e-mails (NEXTAUTH_URL, as next-auth uses it). */
export function appUrl(path: string): string {
  const base = (process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 4310}`).replace(/\/+$/, '');
  return `${base}${path}`;
}
