'use client';

import * as React from 'react';
import { useFormStatus } from 'react-dom';
import { AlertDialog } from 'radix-ui';
import { Loader2Icon } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { Button, type ButtonSize, type ButtonVariant } from '@/components/ui/button';
import { contentClassName, overlayClassName } from '@/components/ui/dialog';

export type ConfirmDialogProps = {
  /** Server action (or any form action). Receives the hidden `fields` plus anything in `children`. */
  action: (formData: FormData) => void | Promise<void>;
  /** Hidden inputs submitted with the form, e.g. `{ id: ticket.id }`. */
  fields?: Record<string, string>;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Confirm button text. Default "Confirm". */
  confirmLabel?: React.ReactNode;
  cancelLabel?: React.ReactNode;
  /** Content of the trigger button (text, or an icon — then also pass `triggerAriaLabel`). */
  triggerLabel: React.ReactNode;
  triggerAriaLabel?: string;
  /** Variant of the confirm button and (unless `triggerVariant` is set) the trigger. Default "destructive". */
  variant?: ButtonVariant;
  triggerVariant?: ButtonVariant;
  triggerSize?: ButtonSize;
  triggerClassName?: string;
  disabled?: boolean;
  /** Extra form controls shown in the dialog (e.g. a reason <Textarea name="reason">). */
  children?: React.ReactNode;
};

/**
 * Trigger button + modal confirmation for a destructive action. Confirming submits a real <form>
 * with `action`, so server actions, redirect() and revalidation work normally. The dialog stays open
 * (confirm button shows a spinner) while the action is pending, then closes.
 */
export function ConfirmDialog({
  action,
  fields,
  title,
  description,
  confirmLabel = 'Confirm',
  cancelLabel = 'Cancel',
  triggerLabel,
  triggerAriaLabel,
  variant = 'destructive',
  triggerVariant,
  triggerSize,
  triggerClassName,
  disabled,
  children,
}: ConfirmDialogProps) {
  const [open, setOpen] = React.useState(false);
  const close = React.useCallback(() => setOpen(false), []);

  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <AlertDialog.Trigger asChild>
        <Button
          type="button"
          variant={triggerVariant ?? variant}
          size={triggerSize}
          className={triggerClassName}
          disabled={disabled}
          aria-label={triggerAriaLabel}
        >
          {triggerLabel}
        </Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className={overlayClassName} />
        <AlertDialog.Content className={cn(contentClassName, 'sm:max-w-md')}>
          <div className="flex flex-col gap-2">
            <AlertDialog.Title className="text-lg leading-none font-semibold">{title}</AlertDialog.Title>
            {description ? (
              <AlertDialog.Description className="text-sm text-muted-foreground">{description}</AlertDialog.Description>
            ) : (
              <AlertDialog.Description className="sr-only">Confirm this action</AlertDialog.Description>
            )}
          </div>
          <form action={action} className="flex flex-col gap-4">
            {fields
              ? Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)
              : null}
            {children}
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <AlertDialog.Cancel asChild>
                <Button type="button" variant="outline">
                  {cancelLabel}
                </Button>
              </AlertDialog.Cancel>
              <ConfirmButton variant={variant} onSettled={close}>
                {confirmLabel}
              </ConfirmButton>
            </div>
          </form>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function ConfirmButton({
  variant,
  onSettled,
  children,
}: {
  variant: ButtonVariant;
  onSettled: () => void;
  children: React.ReactNode;
}) {
  const { pending } = useFormStatus();
  const wasPending = React.useRef(false);
  React.useEffect(() => {
    if (pending) {
      wasPending.current = true;
    } else if (wasPending.current) {
      wasPending.current = false;
      onSettled();
    }
  }, [pending, onSettled]);

  return (
    <Button type="submit" variant={variant} disabled={pending} aria-busy={pending || undefined}>
      {pending ? <Loader2Icon className="animate-spin" aria-hidden="true" /> : null}
      {children}
    </Button>
  );
}
