import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { signIn } from '@/lib/server/auth/sign-in.ts';
import { isAppError } from '@/lib/errors/app-error.ts';

const SESSION_HOURS = 8;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 3600 },
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'E-mail and password',
      credentials: { email: { label: 'E-mail', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const forwarded = req?.headers?.['x-forwarded-for'];
        const ipAddress = typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : null;
        try {
          const user = await signIn({
            email: credentials?.email ?? '',
            password: credentials?.password ?? '',
            ipAddress,
          });
          return { id: user.id, email: user.email, name: user.name, role: user.role };
        } catch (error) {
          // next-auth passes the message to the sign-in form as `error`
          if (isAppError(error)) throw new Error(error.message, { cause: error });
          if (error instanceof Error && error.name === 'ZodError') throw new Error('Enter your e-mail and password.', { cause: error });
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, userId: token.sub };
    },
  },
};
