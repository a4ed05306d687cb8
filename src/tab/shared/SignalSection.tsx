import { SIGNAL_GROUPS, signalIdsOf, type CardText, type SignalGroup, type SignalId } from '../../content';
import { memo } from 'react';
import type { SharedText } from '../i18n/shared';
import { CheckItem } from './CheckItem';
import { HydratesApart } from './HydratesApart';
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

/** Both groups of signals, as on the card: the possible victim, then the companion; each hydrates on its own. */
export const SignalSections = memo(function SignalSections(props: Omit<SignalSectionProps, 'group'>) {
  return (
    <>
      {SIGNAL_GROUPS.map((group) => (
        <HydratesApart key={group}>
          <SignalSection group={group} {...props} />
        </HydratesApart>
      ))}
    </>
  );
});
