import type { ComponentChildren } from 'preact';

interface SwitchProps {
  readonly checked: boolean;
  readonly onChange: (checked: boolean) => void;
  readonly children: ComponentChildren;
  readonly disabled?: boolean;
  readonly testId?: string;
}

/** An on/off setting: a native checkbox with the switch role, labelled by its text. */
export function Switch({ checked, onChange, children, disabled, testId }: SwitchProps) {
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{children}</span>
    </label>
  );
}
