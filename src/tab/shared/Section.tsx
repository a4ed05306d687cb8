import type { ReactNode } from 'react';
import type { SectionId } from '../../content';
import { useSectionStyles } from './Section.styles';

type SectionProps = {
  id: SectionId;
  title: string;
  hint?: string;
  children: ReactNode;
};

/** A card section: a real heading that names the region, an optional hint, the content. */
export function Section({ id, title, hint, children }: SectionProps) {
  const styles = useSectionStyles();
  const headingId = `${id}-titel`;
  return (
    <section id={id} aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {hint && <p className={styles.hint}>{hint}</p>}
      {children}
    </section>
  );
}
