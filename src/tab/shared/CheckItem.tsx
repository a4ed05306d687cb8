import { mergeClasses } from '@fluentui/react-components';
import { memo, type ReactNode } from 'react';
import { useCheckItemStyles } from './CheckItem.styles';

type CheckItemProps<Id extends string> = {
  /** Stable id, also the input's name, so ticks made before hydration can be restored. */
  name: Id;
  label: ReactNode;
  checked: boolean;
  /** Stable across renders, so an item whose tick did not change does not render again. */
  onChange: (name: Id, checked: boolean) => void;
  /** Shown beside a ticked item ("gezien", "gesteld"); the checkbox itself tells screen readers. */
  checkedTag: string;
  className?: string;
};

/**
 * One signal or question with its tick box: a native checkbox in Fluent's look. A page has 36 of them, and a native
 * box shows its tick from CSS alone, so a tick made before the page is interactive shows at once.
 */
function CheckItemView<Id extends string>({
  name,
  label,
  checked,
  onChange,
  checkedTag,
  className,
}: CheckItemProps<Id>) {
  const styles = useCheckItemStyles();
  return (
    <li className={mergeClasses(styles.item, className)}>
      <label className={styles.checkbox}>
        <input
          type="checkbox"
          className={styles.box}
          name={name}
          checked={checked}
          onChange={(event) => onChange(name, event.currentTarget.checked)}
        />
        <span className={styles.label}>{label}</span>
      </label>
      {checked && (
        <span className={styles.tag} aria-hidden="true">
          {checkedTag}
        </span>
      )}
    </li>
  );
}

export const CheckItem = memo(CheckItemView) as typeof CheckItemView;
