import { Checkbox } from '@/components/ui/checkbox.tsx';
import { FieldError, fieldErrorId } from '@/components/ui/field-errors.tsx';

/** A labelled group of checkboxes posting `name[]` once per ticked value. */
export function CheckboxGroup(props: {
  id: string;
  legend: string;
  name: string;
  options: readonly { value: string; label: string }[];
  defaultValues?: readonly string[];
  values?: readonly string[];
  onChange?: (values: string[]) => void;
  error?: string[];
  hint?: string;
}) {
  const toggle = (value: string, checked: boolean) => {
    const current = props.values ?? [];
    props.onChange?.(checked ? [...current, value] : current.filter((v) => v !== value));
  };
  return (
    <fieldset className="space-y-1.5" aria-describedby={props.error ? fieldErrorId(props.id) : undefined} aria-invalid={props.error ? true : undefined}>
      <legend className="text-sm font-medium">{props.legend}</legend>
      {props.hint ? <p className="text-xs text-muted-foreground">{props.hint}</p> : null}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {props.options.map((option) => (
          <Checkbox
            key={option.value}
            name={props.name || undefined}
            value={option.value}
            label={option.label}
            {...(props.values
              ? { checked: props.values.includes(option.value), onChange: (e) => toggle(option.value, e.target.checked) }
              : { defaultChecked: props.defaultValues?.includes(option.value) })}
          />
        ))}
      </div>
      <FieldError id={props.id} error={props.error} />
    </fieldset>
  );
}
