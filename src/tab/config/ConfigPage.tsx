import { Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { HELP_ROUTE, pageLink, tabUrl, type Locale } from '../../content';
import { AddressFields } from './AddressFields';
import { AppShell } from '../shared/AppShell';
import { ConfigPreview } from './ConfigPreview';
import { GemeenteField } from './GemeenteField';
import { TabLinkBox } from './TabLinkBox';
import { mergePicked, type PickResult } from './configForm';
import { useConfigForm } from './hooks/useConfigForm';
import { useTeamsConfig } from './hooks/useTeamsConfig';
import { useHost } from '../shared/hooks/useHost';
import type { LoadedTheme } from '../shared/host/fluentTheme';
import { configUiText } from '../i18n/config';
import { useConfigPageStyles } from './ConfigPage.styles';

export type ConfigPageProps = {
  initialLocale: Locale;
  /** The theme the page was prerendered in. */
  initialTheme?: LoadedTheme;
};

/**
 * The channel tab's settings: municipality and aandachtsfunctionaris(sen), with a preview of what the
 * clerk gets. In Teams the host's Save button stores the tab link; elsewhere the page shows the link.
 */
export function ConfigPage({ initialLocale, initialTheme }: ConfigPageProps) {
  const host = useHost({ initialLocale, initialTheme: initialTheme?.name });
  const ui = configUiText(host.locale);
  const text = ui.config;
  const styles = useConfigPageStyles();
  const { form, check, dispatch, loadContentUrl } = useConfigForm();
  const link = check.settings ? tabUrl(window.location.origin, check.settings) : null;
  const { teams, canPick, saveFailure } = useTeamsConfig({
    host,
    link,
    ui,
    onStoredContentUrl: loadContentUrl,
    onInvalidSave: () => dispatch({ type: 'touch-all' }),
  });
  const [pick, setPick] = useState<PickResult | 'failed' | null>(null);

  const pickPeople = async () => {
    if (!teams) return;
    try {
      const emails = await teams.pickPeopleEmails(text.pickerTitle);
      if (emails.length === 0) return;
      const result = mergePicked(
        form.fields.map((field) => field.value),
        emails,
      );
      dispatch({ type: 'set-addresses', values: result.values });
      setPick(result);
    } catch {
      setPick('failed');
    }
  };

  const gemeenteMessage =
    check.gemeenteError === 'stored'
      ? text.gemeenteStored
      : check.gemeenteError === 'required'
        ? text.gemeenteRequired
        : undefined;
  const groupMessage =
    check.addressesError === 'stored' && form.stored.af
      ? text.storedAddresses(form.stored.af)
      : check.addressesError === 'required'
        ? text.addressesRequired
        : undefined;
  const addressMessages: Record<number, string | undefined> = {};
  form.fields.forEach((field, index) => {
    const error = check.addressErrors[field.id];
    addressMessages[field.id] = error ? text.addressError(error) : index === 0 ? groupMessage : undefined;
  });

  return (
    <AppShell theme={host.theme} initialTheme={initialTheme} locale={host.locale}>
      <main className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>{text.title}</h1>
          <p className={styles.intro}>{text.intro}</p>
          <p className={styles.intro}>
            {text.helpIntro}{' '}
            {/* Relative, like the page itself: the help page lives next to it, under any TAB_ENDPOINT path. */}
            <Link href={pageLink(HELP_ROUTE, host.locale)} target="_blank" rel="noopener noreferrer">
              {text.helpLink}
            </Link>
          </p>
        </header>
        {saveFailure && (
          <MessageBar intent="error">
            <MessageBarBody>{saveFailure === 'invalid' ? text.saveInvalid : text.saveFailed}</MessageBarBody>
          </MessageBar>
        )}
        <form
          className={styles.form}
          noValidate
          onSubmit={(event) => {
            // Enter in a field: nothing to send, but show what is still missing.
            event.preventDefault();
            dispatch({ type: 'touch-all' });
          }}
        >
          <GemeenteField
            ui={ui}
            value={form.gemeente}
            message={gemeenteMessage}
            onChange={(slug) => dispatch({ type: 'gemeente', slug })}
            onBlur={() => dispatch({ type: 'touch-gemeente' })}
          />
          <AddressFields
            ui={ui}
            fields={form.fields}
            messages={addressMessages}
            onChange={(id, value) => dispatch({ type: 'address', id, value })}
            onBlur={(id) => dispatch({ type: 'touch-address', id })}
            onAdd={() => dispatch({ type: 'add-address' })}
            onRemove={(id) => dispatch({ type: 'remove-address', id })}
            onPick={canPick ? pickPeople : undefined}
            pickNote={pick === 'failed' ? text.pickFailed : pick ? text.picked(pick) : undefined}
          />
        </form>
        <ConfigPreview ui={ui} settings={check.settings} />
        {host.kind === 'teams' && <p className={styles.hint}>{text.saveHint}</p>}
        {host.kind === 'standalone' && <TabLinkBox ui={ui} link={link} />}
      </main>
    </AppShell>
  );
}
