'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Button } from '@/components/ui/button.tsx';

const HELP: [string, string][] = [
  ['g', 'Go to a ticket by number'],
  ['/', 'Search the queue'],
  ['r', 'Reply on the open ticket'],
  ['t', 'Start or stop the timer on the open ticket'],
  ['?', 'Show these shortcuts'],
];

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName));
}

/** Keyboard shortcuts for the console; never fire while typing in a field. */
export function ConsoleShortcuts() {
  const router = useRouter();
  const [mode, setMode] = useState<'closed' | 'jump' | 'help'>('closed');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const click = (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.click();
      const focus = (selector: string) => (document.querySelector(selector) as HTMLElement | null)?.focus();
      if (event.key === 'g') setMode('jump');
      else if (event.key === '?') setMode('help');
      else if (event.key === '/') focus('input[name="q"]');
      else if (event.key === 'r') focus('#reply-body');
      else if (event.key === 't') click('form[aria-label="Start timer"] button[type="submit"], form[aria-label="Stop timer"] button[type="submit"]');
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  function jump(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const number = Number(String(new FormData(event.currentTarget).get('number') ?? '').replace('#', ''));
    if (Number.isInteger(number) && number > 0) {
      setMode('closed');
      router.push(`/console/tickets/${number}`);
    }
  }

  // mounted only while open: the closed dialog's machinery was a noticeable share of rendering
  // every console page on the server
  if (mode === 'closed') return null;
  return (
    <Dialog open onOpenChange={(open) => !open && setMode('closed')}>
      <DialogContent onOpenAutoFocus={(event) => { event.preventDefault(); inputRef.current?.focus(); }}>
        <DialogHeader>
          <DialogTitle>{mode === 'jump' ? 'Go to ticket' : 'Keyboard shortcuts'}</DialogTitle>
          <DialogDescription>{mode === 'jump' ? 'Type a ticket number and press Enter.' : 'Available anywhere in the console.'}</DialogDescription>
        </DialogHeader>
        {mode === 'jump' ? (
          <form onSubmit={jump} className="flex gap-2">
            <label htmlFor="jump-number" className="sr-only">Ticket number</label>
            <Input ref={inputRef} id="jump-number" name="number" inputMode="numeric" placeholder="#1234" autoComplete="off" />
            <Button type="submit">Go</Button>
          </form>
        ) : (
          <dl className="grid grid-cols-[3rem_1fr] gap-2 text-sm">
            {HELP.map(([key, label]) => (
              <div key={key} className="contents"><dt><kbd className="rounded border border-border px-1.5 font-mono">{key}</kbd></dt><dd>{label}</dd></div>
            ))}
          </dl>
        )}
      </DialogContent>
    </Dialog>
  );
}
