import { ChatRegular } from '@fluentui/react-icons';
import type { TabSettings } from '../../content';
import type { ConfigUiText } from '../i18n/config';
import { useConfigPreviewStyles } from './ConfigPreview.styles';

type ConfigPreviewProps = { ui: ConfigUiText; settings: TabSettings | null };

/** What the clerk will see next to the spar button, in the tab's own words. */
export function ConfigPreview({ ui, settings }: ConfigPreviewProps) {
  const styles = useConfigPreviewStyles();
  return (
    <section aria-labelledby="preview-titel" className={styles.preview}>
      <h2 id="preview-titel" className={styles.heading}>
        {ui.config.previewTitle}
      </h2>
      {settings ? (
        <>
          <p className={styles.action}>
            <ChatRegular className={styles.icon} aria-hidden="true" />
            {ui.spar}
          </p>
          <p className={styles.text}>
            {ui.sparTo(settings.aandachtsfunctionarissen.join(', '), settings.gemeente?.name ?? null)}
          </p>
        </>
      ) : (
        <p className={styles.text}>{ui.config.previewEmpty}</p>
      )}
    </section>
  );
}
