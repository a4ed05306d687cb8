import { Button, Field, Input } from '@fluentui/react-components';
import { AddRegular, DeleteRegular, PersonSearchRegular } from '@fluentui/react-icons';
import { useEffect, useRef, type MouseEvent } from 'react';
import { MAX_AANDACHTSFUNCTIONARISSEN } from '../../content';
import type { AddressField } from './configForm';
import type { ConfigUiText } from '../i18n/config';
import { useAddressFieldsStyles } from './AddressFields.styles';

type AddressFieldsProps = {
  ui: ConfigUiText;
  fields: readonly AddressField[];
  /** The message next to each field, by field id. */
  messages: Record<number, string | undefined>;
  onChange: (id: number, value: string) => void;
  onBlur: (id: number) => void;
  onAdd: () => void;
  onRemove: (id: number) => void;
  /** Shown only where the host has a people picker. */
  onPick?: () => void;
  /** What the last pick did, or why it failed. */
  pickNote?: string;
};

const HINT_ID = 'af-hint';

/**
 * Keeps focus in the field while the mouse is down on a button below it: otherwise the field's blur shows
 * its message, the button moves down, and the click lands next to it.
 */
function keepFocus(event: MouseEvent): void {
  event.preventDefault();
}

/** One to five aandachtsfunctionarissen, one address per field, each with its own message. */
export function AddressFields({
  ui,
  fields,
  messages,
  onChange,
  onBlur,
  onAdd,
  onRemove,
  onPick,
  pickNote,
}: AddressFieldsProps) {
  const styles = useAddressFieldsStyles();
  const inputs = useRef(new Map<number, HTMLInputElement>());
  // After adding or removing a field, keyboard focus goes to the field the admin works on next.
  const focusNext = useRef<'last' | number | null>(null);
  useEffect(() => {
    const target = focusNext.current;
    if (target === null) return;
    focusNext.current = null;
    const id = target === 'last' ? fields[fields.length - 1]?.id : target;
    if (id !== undefined) inputs.current.get(id)?.focus();
  }, [fields]);

  const full = fields.length >= MAX_AANDACHTSFUNCTIONARISSEN;
  return (
    <fieldset className={styles.group} aria-describedby={HINT_ID}>
      <legend className={styles.legend}>{ui.config.addressesTitle}</legend>
      <p id={HINT_ID} className={styles.hint}>
        {ui.config.addressesHint}
      </p>
      {fields.map((field, index) => (
        <Field
          key={field.id}
          label={ui.config.addressLabel(index + 1)}
          validationMessage={messages[field.id]}
          required={index === 0}
        >
          <Input
            ref={(element) => {
              if (element) inputs.current.set(field.id, element);
              else inputs.current.delete(field.id);
            }}
            className={styles.input}
            type="email"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            value={field.value}
            onChange={(_event, data) => onChange(field.id, data.value)}
            onBlur={() => onBlur(field.id)}
            contentAfter={
              fields.length > 1 ? (
                <Button
                  appearance="subtle"
                  size="small"
                  icon={<DeleteRegular />}
                  aria-label={ui.config.removeAddress(index + 1)}
                  onMouseDown={keepFocus}
                  onClick={() => {
                    focusNext.current = fields[index - 1]?.id ?? fields[index + 1]?.id ?? null;
                    onRemove(field.id);
                  }}
                />
              ) : undefined
            }
          />
        </Field>
      ))}
      <div className={styles.footer}>
        <div className={styles.actions}>
          <Button
            icon={<AddRegular />}
            disabledFocusable={full}
            onMouseDown={keepFocus}
            onClick={() => {
              if (full) return;
              focusNext.current = 'last';
              onAdd();
            }}
          >
            {ui.config.addAddress}
          </Button>
          {onPick && (
            <Button icon={<PersonSearchRegular />} onMouseDown={keepFocus} onClick={onPick}>
              {ui.config.pickPeople}
            </Button>
          )}
        </div>
        <p role="status" className={styles.note}>
          {pickNote ?? (full ? ui.config.maxReached : '')}
        </p>
      </div>
    </fieldset>
  );
}
