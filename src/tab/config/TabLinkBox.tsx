import { Button, Field, Input } from '@fluentui/react-components';
import { CopyRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useCopyLink } from './hooks/useCopyLink';
import type { ConfigUiText } from '../i18n/config';
import { useTabLinkBoxStyles } from './TabLinkBox.styles';

type TabLinkBoxProps = { ui: ConfigUiText; link: string | null };

/** Outside Teams: the tab link for these settings, to copy into an intranet page or a website tab. */
export function TabLinkBox({ ui, link }: TabLinkBoxProps) {
  const styles = useTabLinkBoxStyles();
  const field = useRef<HTMLInputElement>(null);
  const { copy, status } = useCopyLink(field, link);
  return (
    <section aria-labelledby="link-titel" className={styles.box}>
      <h2 id="link-titel" className={styles.heading}>
        {ui.config.linkTitle}
      </h2>
      <p className={styles.text}>{ui.config.linkIntro}</p>
      {link ? (
        <div className={styles.row}>
          <Field label={ui.linkLabel} className={styles.field}>
            <Input
              ref={field}
              className={styles.input}
              readOnly
              value={link}
              onFocus={(e) => e.target.select()}
            />
          </Field>
          <Button icon={<CopyRegular />} onClick={copy}>
            {ui.copyLink}
          </Button>
        </div>
      ) : (
        <p className={styles.muted}>{ui.config.linkMissing}</p>
      )}
      <p role="status" className={styles.status}>
        {status === 'copied' ? ui.config.copied : status === 'selected' ? ui.config.copySelected : ''}
      </p>
      <p className={styles.muted}>{ui.config.linkInTeams}</p>
    </section>
  );
}
