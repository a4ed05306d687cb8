import { SIGNAL_GROUPS, signalIdsOf, type CardText, type SignalGroup, type SignalId } from '../../content';
import type { SharedText } from '../i18n/shared';
import { CheckItem } from './CheckItem';
import { Section } from './Section';
import { useSectionStyles } from './Section.styles';

type SignalSectionProps = {
  group: SignalGroup;
  card: CardText;
  ui: SharedText;
  seen: ReadonlySet<SignalId>;
  onSeenChange: (id: SignalId, seen: boolean) => void;
};

/** The signals about the possible victim or about the companion, each with a "gezien" tick. */
export function SignalSection({ group, card, ui, seen, onSeenChange }: SignalSectionProps) {
  const styles = useSectionStyles();
  return (
    <Section id={group} title={card.sectionTitles[group]} hint={ui.tickSignals}>
      <ul className={styles.list}>
        {signalIdsOf(group).map((id) => (
          <CheckItem
            key={id}
            name={id}
            label={card.signals[id]}
            checked={seen.has(id)}
            onChange={onSeenChange}
            checkedTag={ui.seen}
          />
        ))}
      </ul>
    </Section>
  );
}

/** Both groups of signals, as on the card: the possible victim, then the companion. */
export function SignalSections(props: Omit<SignalSectionProps, 'group'>) {
  return (
    <>
      {SIGNAL_GROUPS.map((group) => (
        <SignalSection key={group} group={group} {...props} />
      ))}
    </>
  );
}
