import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Select,
} from '@fluentui/react-components';
import { cardText, findMunicipality, MUNICIPALITIES, NO_SETTINGS, tabUrl, type Locale } from '../../content';
import { QuestionList } from '../shared/QuestionList';
import { Section } from '../shared/Section';
import { PrivacyNote } from '../shared/PrivacyNote';
import { SignalSections } from '../shared/SignalSection';
import { AppShell } from '../shared/AppShell';
import { useHost } from '../shared/hooks/useHost';
import type { LoadedTheme } from '../shared/host/fluentTheme';
import { useDialogGemeente } from './hooks/useDialogGemeente';
import { useObservations, type Observations } from '../shared/hooks/useObservations';
import { useRestoreObservations } from '../shared/hooks/useRestoreObservations';
import { useSignalenDialog, type DialogStatus } from './hooks/useSignalenDialog';
import { dialogUiText, type DialogUiText } from '../i18n/dialog';
import { useDialogPageStyles, useDialogStaticStyles } from './DialogPage.styles';

export type DialogPageProps = {
  initialLocale: Locale;
  /** The theme the page was prerendered in. */
  initialTheme?: LoadedTheme;
  /** Ticks made before the page became interactive (read from the prerendered inputs). */
  initialObservations?: Observations;
};

function statusText(status: DialogStatus, ui: DialogUiText, signals: number, questions: number): string {
  switch (status) {
    case 'nothing-ticked':
      return ui.dialog.nothingTicked;
    case 'inserting':
      return ui.dialog.inserting;
    case 'failed':
      return ui.dialog.failed;
    case 'idle':
      return ui.observations(signals, questions);
  }
}

/**
 * The "Signalen delen" dialog of the message extension: tick signals and questions, optionally choose the
 * municipality, and insert an anonymous summary card into the message being written.
 */
export function DialogPage({ initialLocale, initialTheme, initialObservations }: DialogPageProps) {
  useDialogStaticStyles();
  const styles = useDialogPageStyles();
  const host = useHost({ initialLocale, initialTheme: initialTheme?.name });
  const card = cardText(host.locale);
  const ui = dialogUiText(host.locale);
  const { observations, seenSignals, askedQuestions, setSignal, setQuestion, restore } = useObservations();
  useRestoreObservations(initialObservations, restore);
  const { gemeente, setGemeente, unknownInLink } = useDialogGemeente();
  const { availability, status, insert, cancel } = useSignalenDialog({
    host,
    seenSignals,
    askedQuestions,
    gemeente,
  });
  const outsideDialog = availability === 'unavailable';
  const problem = status === 'nothing-ticked' || status === 'failed';

  return (
    <AppShell theme={host.theme} initialTheme={initialTheme} locale={host.locale}>
      <main className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>{ui.shareSignals}</h1>
          <p className={styles.intro}>{ui.dialog.intro}</p>
          <PrivacyNote text={ui.dialog.noPersonalData} />
        </header>
        {outsideDialog && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{ui.dialog.standaloneTitle}</MessageBarTitle> {ui.dialog.standalone}{' '}
              <Link href={tabUrl('..', NO_SETTINGS, host.locale)}>{ui.openSignaalkaart}</Link>
            </MessageBarBody>
          </MessageBar>
        )}
        <Field
          label={ui.municipality}
          hint={ui.dialog.gemeenteHint}
          validationState={unknownInLink ? 'warning' : 'none'}
          validationMessage={unknownInLink ? ui.dialog.gemeenteUnknown : undefined}
          className={styles.gemeente}
        >
          <Select
            value={gemeente?.slug ?? ''}
            onChange={(_event, data) => setGemeente(findMunicipality(data.value) ?? null)}
          >
            <option value="">{ui.dialog.noGemeente}</option>
            {MUNICIPALITIES.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </Select>
        </Field>
        <div>
          <SignalSections card={card} ui={ui} seen={observations.signals} onSeenChange={setSignal} />
          <Section id="vragen" title={card.sectionTitles.vragen} hint={ui.tickQuestions}>
            <QuestionList card={card} ui={ui} asked={observations.questions} onAskedChange={setQuestion} />
          </Section>
        </div>
        <div className={styles.footer}>
          <p role="status" className={mergeClasses(styles.status, problem && styles.problem)}>
            {statusText(status, ui, seenSignals.length, askedQuestions.length)}
          </p>
          {!outsideDialog && (
            <div className={styles.buttons}>
              <Button appearance="primary" onClick={() => void insert()}>
                {ui.dialog.insert}
              </Button>
              <Button onClick={() => void cancel()}>{ui.dialog.cancel}</Button>
            </div>
          )}
        </div>
      </main>
    </AppShell>
  );
}
