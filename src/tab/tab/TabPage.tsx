import { mergeClasses } from '@fluentui/react-components';
import { useState } from 'react';
import { cardText, type Locale } from '../../content';
import { ActionBar } from './ActionBar';
import { AppShell } from '../shared/AppShell';
import { HoeVerder } from './HoeVerder';
import { PrivacyNote } from '../shared/PrivacyNote';
import { ObservationBar } from './ObservationBar';
import { QuestionList } from '../shared/QuestionList';
import { Section } from '../shared/Section';
import { SettingsNotices } from './SettingsNotices';
import { SignalSections } from '../shared/SignalSection';
import { SparFeedback } from './SparFeedback';
import { TipsSection } from './TipsSection';
import { ViewSwitch, type View } from './ViewSwitch';
import { useHost } from '../shared/hooks/useHost';
import type { LoadedTheme } from '../shared/host/fluentTheme';
import { useObservations, type Observations } from '../shared/hooks/useObservations';
import { useRestoreObservations } from '../shared/hooks/useRestoreObservations';
import { useSpar } from './hooks/useSpar';
import { useTabSettings } from './hooks/useTabSettings';
import { uiText } from '../i18n/tab';
import { useTabPageStyles } from './TabPage.styles';

export type TabPageProps = {
  initialLocale: Locale;
  /** The theme the page was prerendered in. */
  initialTheme?: LoadedTheme;
  /** Ticks the clerk made before the page became interactive (read from the prerendered inputs). */
  initialObservations?: Observations;
  /** Opens the chat deep link outside Teams (tests pass a spy). */
  openWindow?: (url: string) => void;
};

/** The signal card tab: the whole card, observations, questions panel and "sparren". */
export function TabPage({ initialLocale, initialTheme, initialObservations, openWindow }: TabPageProps) {
  const host = useHost({ initialLocale, initialTheme: initialTheme?.name });
  const card = cardText(host.locale);
  const ui = uiText(host.locale);
  const styles = useTabPageStyles();
  const { settings, problems } = useTabSettings();
  const { observations, seenSignals, askedQuestions, setSignal, setQuestion, restore, clear } =
    useObservations();
  useRestoreObservations(initialObservations, restore);
  const { spar, status } = useSpar({ host, settings, seenSignals, ui, card, openWindow });
  const [view, setView] = useState<View>('signalen');

  const who = settings.aandachtsfunctionarissen.join(', ');
  const gemeente = settings.gemeente?.name ?? null;
  // A host without chat (Outlook, the Microsoft 365 app) hands the chat to Teams: the button says so beforehand.
  const viaTeams = host.kind === 'teams' && !host.supports.chat;
  const sparHint = who
    ? viaTeams
      ? ui.sparViaTeams(who, gemeente)
      : ui.sparTo(who, gemeente)
    : host.kind === 'teams'
      ? ''
      : ui.sparOutsideTeams;

  return (
    <AppShell theme={host.theme} initialTheme={initialTheme} locale={host.locale}>
      <main className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>{card.title}</h1>
          <PrivacyNote text={ui.privacy} />
        </header>
        <ActionBar ui={ui} host={host} onSpar={spar} sparHint={sparHint} />
        <SparFeedback status={status} ui={ui} />
        <SettingsNotices problems={problems} ui={ui} />
        <ObservationBar
          ui={ui}
          signals={seenSignals.length}
          questions={askedQuestions.length}
          onClear={clear}
        />
        <ViewSwitch ui={ui} view={view} onViewChange={setView} />
        <div className={styles.columns}>
          <div
            id="view-signalen"
            data-view-hidden={view === 'signalen' ? undefined : ''}
            className={mergeClasses(styles.view, view !== 'signalen' && styles.hiddenView)}
          >
            {card.intro.map((paragraph) => (
              <p key={paragraph.slice(0, 24)} className={styles.intro}>
                {paragraph}
              </p>
            ))}
            <SignalSections card={card} ui={ui} seen={observations.signals} onSeenChange={setSignal} />
            <TipsSection card={card} />
            <HoeVerder card={card} ui={ui} settings={settings} />
          </div>
          <aside
            id="view-vragen"
            aria-labelledby="vragen-titel"
            data-view-hidden={view === 'vragen' ? undefined : ''}
            className={mergeClasses(styles.view, styles.questions, view !== 'vragen' && styles.hiddenView)}
          >
            <Section id="vragen" title={card.sectionTitles.vragen} hint={ui.tickQuestions}>
              <QuestionList card={card} ui={ui} asked={observations.questions} onAskedChange={setQuestion} />
            </Section>
          </aside>
        </div>
      </main>
    </AppShell>
  );
}
