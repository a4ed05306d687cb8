import { Link } from '@fluentui/react-components';
import { memo } from 'react';
import { KMT, type CardText, type TabSettings } from '../../content';
import type { UiText } from '../i18n/tab';
import { Section } from '../shared/Section';
import { useSectionStyles } from '../shared/Section.styles';
import { Template } from '../shared/Template';

type HoeVerderProps = { card: CardText; ui: UiText; settings: TabSettings };

/** "Hoe verder?": KMT's number as a phone link, the website, and this municipality's aandachtsfunctionaris. */
export const HoeVerder = memo(function HoeVerder({ card, ui, settings }: HoeVerderProps) {
  const styles = useSectionStyles();
  const { aandachtsfunctionarissen, gemeente } = settings;
  return (
    <Section id="hoe-verder" title={card.sectionTitles['hoe-verder']}>
      <p className={styles.text}>
        <Template
          template={card.hoeVerderKmt}
          slots={{ kmt: KMT.name, phone: <Link href={`tel:${KMT.phoneE164}`}>{KMT.phoneDisplay}</Link> }}
        />{' '}
        {card.hoeVerderAandachtsfunctionaris}
      </p>
      <p className={styles.text}>
        {aandachtsfunctionarissen.length > 0 && (
          <>
            {ui.yourAandachtsfunctionaris} {aandachtsfunctionarissen.join(', ')}
            {gemeente && ` (${gemeente.name})`}
          </>
        )}
      </p>
      <p className={styles.text}>
        <Link href={KMT.websiteUrl} target="_blank" rel="noopener noreferrer">
          {KMT.websiteDisplay}
        </Link>
      </p>
    </Section>
  );
});
