import { signalGroup, SIGNAL_GROUPS, type CardText, type SignalId } from '../../content';
import type { UiText } from '../i18n/tab';

/**
 * The draft chat message: a short greeting and the labels of the ticked signals, grouped as on the
 * card. Nothing else: no names, no free text, no questions.
 */
export function sparMessage(ui: UiText, card: CardText, seenSignals: readonly SignalId[]): string {
  if (seenSignals.length === 0) return ui.sparDraft;
  const lines = [ui.sparDraft, '', ui.sparSeen];
  for (const group of SIGNAL_GROUPS) {
    const labels = seenSignals.filter((id) => signalGroup(id) === group).map((id) => `- ${card.signals[id]}`);
    if (labels.length) lines.push(`${card.sectionTitles[group]}:`, ...labels);
  }
  return lines.join('\n');
}
