import { Field, Input } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';

type LinkFieldProps = { label: string; link: string; className?: string };

/**
 * The link in a read-only field, focused and selected so Ctrl+C copies it. Loaded lazily by ShareButton:
 * it only shows when copying failed, and Field + Input would otherwise weigh on the tab's first load.
 */
export default function LinkField({ label, link, className }: LinkFieldProps) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus();
  }, []);
  return (
    <Field label={label} className={className}>
      <Input ref={field} readOnly value={link} onFocus={(event) => event.target.select()} />
    </Field>
  );
}
