'use client';

import { useCallback, useRef, useState } from 'react';
import type { ActionState } from '@/app/_lib/action.ts';
import type { CoveragePreview } from '@/lib/domain/portal/coverage-phrase.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

const UNAVAILABLE = 'We could not check your agreement just now.';

/**
 * Asks the server what the agreement says; the form calls `request` whenever the kind or the
 * asset changes. Only the answer to the latest question is shown.
 */
export function useCoveragePreview(previewAction: FormAction) {
  const [preview, setPreview] = useState<CoveragePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isLoading, setLoading] = useState(false);
  const latest = useRef(0);

  const request = useCallback(
    (kind: string, assetId: string) => {
      if (!kind) return;
      const ticket = ++latest.current;
      const form = new FormData();
      form.set('kind', kind);
      form.set('assetId', assetId);
      setLoading(true);
      previewAction(null, form)
        .then((result) => {
          if (ticket !== latest.current) return; // an answer to an older choice
          setPreview(result.ok ? (result.data as CoveragePreview) : null);
          setError(result.ok ? null : (result.message ?? UNAVAILABLE));
        })
        .catch(() => {
          if (ticket === latest.current) setError(UNAVAILABLE);
        })
        .finally(() => {
          if (ticket === latest.current) setLoading(false);
        });
    },
    [previewAction],
  );

  return { preview, error, isLoading, request };
}
