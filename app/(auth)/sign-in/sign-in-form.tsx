'use client';

import { useState, type FormEvent } from 'react';
import { signIn } from 'next-auth/react';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors } from '@/components/ui/field-errors.tsx';

export function SignInForm() {
  const [error, setError] = useState<string | null>(null);
  const [isPending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn('credentials', {
      email: String(form.get('email') ?? ''),
      password: String(form.get('password') ?? ''),
      redirect: false,
    });
    setPending(false);
    if (!result || result.error) {
      setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'That e-mail and password do not match an active account.');
      return;
    }
    // the home page sends each role to its own face
    window.location.assign('/');
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormErrors error={error ?? undefined} />
      <FormField id="email" label="E-mail" required>
        <Input name="email" type="email" autoComplete="username" required autoFocus />
      </FormField>
      <FormField id="password" label="Password" required>
        <Input name="password" type="password" autoComplete="current-password" required />
      </FormField>
      <Button type="submit" className="w-full" disabled={isPending}>
        {isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
