import { redirect } from 'next/navigation';
import { currentActor } from '@/app/_lib/session.ts';
import { homePathFor } from '@/lib/auth/roles.ts';

export default async function Home() {
  const actor = await currentActor();
  redirect(actor ? homePathFor(actor.role) : '/sign-in');
}
