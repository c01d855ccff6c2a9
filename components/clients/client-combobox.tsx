'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { searchClientsAction } from '@/app/_actions/client-search-actions.ts';
import type { ClientOption } from '@/lib/server/clients/search-clients.ts';
import { cn } from '@/lib/utils/cn';

const DEBOUNCE_MS = 150;

async function fetchOptions(q: string): Promise<ClientOption[]> {
  const form = new FormData();
  form.set('q', q);
  const state = await searchClientsAction(null, form);
  return state.ok ? (state.data as ClientOption[]) : [];
}

/**
 * Picks one client by typing part of its name or code (WAI-ARIA combobox): the options are
 * fetched as you type, so a page never ships every client. Submits `name` as the client's id;
 * clearing the text clears the choice.
 */
export function ClientCombobox(props: { name: string; initial: ClientOption | null; placeholder?: string; label: string }) {
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(props.initial?.name ?? '');
  const [chosen, setChosen] = useState<ClientOption | null>(props.initial);
  const [options, setOptions] = useState<ClientOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const timer = setTimeout(() => {
      void fetchOptions(text === chosen?.name ? '' : text).then((found) => {
        if (mine !== request.current) return; // a later keystroke won
        setOptions(found);
        setActive(found.length ? 0 : -1);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, open, chosen]);

  const choose = (option: ClientOption) => {
    setChosen(option);
    setText(option.name);
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      // pick the highlighted client instead of submitting the form
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="relative">
      <input type="hidden" name={props.name} value={chosen?.id ?? ''} />
      <input
        role="combobox"
        aria-label={props.label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? `${id}-opt-${active}` : undefined}
        autoComplete="off"
        value={text}
        placeholder={props.placeholder}
        onChange={(event) => {
          setText(event.target.value);
          if (!event.target.value.trim()) setChosen(null);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 120)}
        onKeyDown={onKeyDown}
        className="flex h-9 w-full min-w-0 rounded-md border border-input bg-background px-3 py-1 text-sm shadow-xs focus-visible:border-ring"
      />
      {open ? (
        <ul id={listId} role="listbox" aria-label={props.label} className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-border bg-background py-1 text-sm shadow-md">
          {options.length === 0 ? (
            <li className="px-3 py-1.5 text-muted-foreground" role="presentation">No client matches.</li>
          ) : (
            options.map((option, index) => (
              <li
                key={option.id}
                id={`${id}-opt-${index}`}
                role="option"
                aria-selected={index === active}
                onMouseDown={(event) => {
                  event.preventDefault(); // keep the focus in the input
                  choose(option);
                }}
                onMouseEnter={() => setActive(index)}
                className={cn('cursor-pointer px-3 py-1.5', index === active && 'bg-accent text-accent-foreground')}
              >
                {option.name} <span className="text-muted-foreground">{option.code}</span>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}
