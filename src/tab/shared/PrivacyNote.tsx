import { ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import { usePrivacyNoteStyles } from './PrivacyNote.styles';

/** The one line, with a shield, that says what the page keeps and sends (never on paper). */
export const PrivacyNote = memo(function PrivacyNote({ text }: { text: string }) {
  const styles = usePrivacyNoteStyles();
  return (
    <p className={styles.note}>
      <ShieldCheckmarkRegular className={styles.icon} aria-hidden="true" />
      {text}
    </p>
  );
});
