import { Field, Select } from '@fluentui/react-components';
import { MUNICIPALITIES } from '../../content';
import type { ConfigUiText } from '../i18n/config';

type GemeenteFieldProps = {
  ui: ConfigUiText;
  /** The chosen slug, or ''. */
  value: string;
  message?: string;
  onChange: (slug: string) => void;
  onBlur: () => void;
};

/** The municipality of the clerks in this channel: one of the 14, as a native select (keyboard, mobile). */
export function GemeenteField({ ui, value, message, onChange, onBlur }: GemeenteFieldProps) {
  return (
    <Field label={ui.municipality} hint={ui.config.gemeenteHint} validationMessage={message} required>
      <Select value={value} onChange={(_event, data) => onChange(data.value)} onBlur={onBlur}>
        <option value="">{ui.config.gemeentePlaceholder}</option>
        {MUNICIPALITIES.map((municipality) => (
          <option key={municipality.slug} value={municipality.slug}>
            {municipality.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
