import { Checkbox, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useCheckItemStyles } from './CheckItem.styles';

type CheckItemProps = {
  /** Stable id, also the input's name, so ticks made before hydration can be restored. */
  name: string;
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Shown beside a ticked item ("gezien", "gesteld"); the checkbox itself tells screen readers. */
  checkedTag: string;
  className?: string;
};

/** One signal or question with its tick box. */
export function CheckItem({ name, label, checked, onChange, checkedTag, className }: CheckItemProps) {
  const styles = useCheckItemStyles();
  return (
    <li className={mergeClasses(styles.item, className)}>
      <Checkbox
        className={styles.checkbox}
        name={name}
        checked={checked}
        onChange={(_event, data) => onChange(data.checked === true)}
        label={{ children: label, className: styles.label }}
      />
      {checked && (
        <span className={styles.tag} aria-hidden="true">
          {checkedTag}
        </span>
      )}
    </li>
  );
}
