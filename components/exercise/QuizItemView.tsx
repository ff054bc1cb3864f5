'use client';
import { useState } from 'react';
import type { QuizItem } from '@/lib/lesson/types';
import { gradeItem, type ItemGrade } from '@/lib/quiz/grade';
import { T } from '@/lib/i18n/T';

interface Props {
  item: QuizItem;
  /** Called with each graded answer. */
  onAnswer(grade: ItemGrade): void;
}

/**
 * One question: a single-choice question is graded the moment an answer is picked (and the student
 * may try another); a multiple-choice one when the student confirms the ticked answers. Each graded
 * answer shows its explanation.
 */
export function QuizItemView({ item, onAnswer }: Props) {
  const [selected, setSelected] = useState<string[]>([]);
  const [marks, setMarks] = useState<ItemGrade['marks']>({});
  const [correct, setCorrect] = useState<boolean>();

  const grade = (chosen: string[]) => {
    const g = gradeItem(item, chosen);
    // A single-choice question keeps the earlier tries visible, so the student reads every explanation.
    setMarks(item.multiple ? g.marks : (m) => ({ ...m, ...g.marks }));
    setCorrect(g.correct);
    onAnswer(g);
  };

  const pick = (id: string) => {
    if (!item.multiple) {
      setSelected([id]);
      grade([id]);
      return;
    }
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
    setMarks({});
    setCorrect(undefined);
  };

  return (
    <div className="quiz-item" data-quiz-item={item.id} data-quiz-status={correct === undefined ? undefined : correct ? 'correct' : 'wrong'}>
      {item.promptHtml && <div className="quiz-scenario" data-lesson-content dangerouslySetInnerHTML={{ __html: item.promptHtml }} />}
      {item.multiple && <p className="quiz-help"><T m={(d) => d.quiz.chooseMultiple} /></p>}
      <ul className="quiz-options" role={item.multiple ? 'group' : 'radiogroup'}>
        {item.options.map((o) => {
          const mark = marks[o.id];
          return (
            <li key={o.id} className={`quiz-option${mark ? ` quiz-${mark}` : ''}`}>
              <button
                type="button"
                data-quiz-option={o.id}
                data-quiz-status={mark}
                role={item.multiple ? 'checkbox' : 'radio'}
                aria-checked={selected.includes(o.id)}
                onClick={() => pick(o.id)}
              >
                <span className="quiz-box" aria-hidden="true">{mark === 'correct' ? '✓' : mark === 'wrong' ? '✗' : mark === 'missed' ? '!' : ''}</span>
                <span data-lesson-content dangerouslySetInnerHTML={{ __html: o.html }} />
              </button>
              {mark && (
                <div className="quiz-explanation">
                  <strong className="quiz-verdict"><T m={(d) => (mark === 'correct' ? d.quiz.correct : mark === 'wrong' ? d.quiz.wrong : d.quiz.missed)} /></strong>
                  <div className="prose" data-lesson-content dangerouslySetInnerHTML={{ __html: o.explanationHtml }} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {item.multiple && (
        <button type="button" className="exercise-button" data-action="check" disabled={selected.length === 0} onClick={() => grade(selected)}>
          <T m={(d) => d.quiz.check} />
        </button>
      )}
    </div>
  );
}
