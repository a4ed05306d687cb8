import { memo } from 'react';
import { TIP_IDS, type CardText } from '../../content';
import { Section } from '../shared/Section';
import { useTipsStyles } from './TipsSection.styles';

/** The three tips, as a list that reads as the card's one sentence. */
export const TipsSection = memo(function TipsSection({ card }: { card: CardText }) {
  const styles = useTipsStyles();
  return (
    <Section id="tips" title={card.sectionTitles.tips}>
      <ul className={styles.list}>
        {TIP_IDS.map((id) => (
          <li key={id} className={styles.tip}>
            {card.tips[id]}
          </li>
        ))}
      </ul>
    </Section>
  );
});
