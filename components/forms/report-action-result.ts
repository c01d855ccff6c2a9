import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';

/** A toast for an action's answer (forms without their own message area). */
export function reportActionResult(result: ActionState): void {
  if (result.ok) toast.success(result.message ?? 'Saved.');
  else toast.error(result.message ?? 'Nothing was changed.');
}
