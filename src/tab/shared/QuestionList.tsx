import { memo } from 'react';
import { QUESTION_IDS, type CardText, type QuestionId } from '../../content';
import type { SharedText } from '../i18n/shared';
import { CheckItem } from './CheckItem';
import { HydratesApart } from './HydratesApart';
import { useCheckItemStyles } from './CheckItem.styles';
import { useSectionStyles } from './Section.styles';

type QuestionListProps = {
  card: CardText;
  ui: SharedText;
  asked: ReadonlySet<QuestionId>;
  onAskedChange: (id: QuestionId, asked: boolean) => void;
};

/** The 18 questions in card order, each with a "gesteld" tick; the conditional one says so. Hydrates on its own. */
export const QuestionList = memo(function QuestionList(props: QuestionListProps) {
  return (
    <HydratesApart>
      <Questions {...props} />
    </HydratesApart>
  );
});

function Questions({ card, ui, asked, onAskedChange }: QuestionListProps) {
  const styles = useSectionStyles();
  const itemStyles = useCheckItemStyles();
  return (
    <ol className={styles.list}>
      {QUESTION_IDS.map((id) => {
        const question = card.questions[id];
        const label = question.condition ? (
          <>
            <span className={itemStyles.condition}>{question.condition}:</span> {question.text}
          </>
        ) : (
          question.text
        );
        return (
          <CheckItem
            key={id}
            name={id}
            label={label}
            checked={asked.has(id)}
            onChange={onAskedChange}
            checkedTag={ui.asked}
          />
        );
      })}
    </ol>
  );
}
