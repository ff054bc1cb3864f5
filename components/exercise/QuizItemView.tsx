'use client';
import { useEffect, useRef, useState } from 'react';
import type { QuizItem } from '@/lib/lesson/types';
import { gradeItem, type ItemGrade } from '@/lib/quiz/grade';
import { addAnswer, viewOf, type ItemAnswers } from '@/lib/quiz/answers';
import { T } from '@/lib/i18n/T';

interface Props {
  item: QuizItem;
  /** Answers stored by an earlier visit (they arrive after the first render, from IndexedDB). */
  stored?: ItemAnswers;
  /** Called with each graded answer and the question's answers so far (to store them). */
  onAnswer(grade: ItemGrade, answers: ItemAnswers): void;
}

/**
 * One question: a single-choice question is graded the moment an answer is picked (and the student
 * may try another); a multiple-choice one when the student confirms the ticked answers. Each graded
 * answer shows its explanation. Answers of an earlier visit are shown again, marked as they were.
 */
export function QuizItemView({ item, stored, onAnswer }: Props) {
  const [answers, setAnswers] = useState<ItemAnswers>([]);
  // Multiple choice: the ticks changed since the last grade (unmarked until confirmed).
  const [pending, setPending] = useState<string[]>();
  const answeredHere = useRef(false);

  // The stored answers load after hydration; once the student answers here, theirs win.
  useEffect(() => {
    if (!answeredHere.current && stored?.length) setAnswers(stored);
  }, [stored]);

  const graded = viewOf(item, answers);
  const marks = pending ? {} : graded.marks;
  const correct = pending ? undefined : graded.correct;
  const selected = pending ?? graded.selected;

  const grade = (chosen: string[]) => {
    answeredHere.current = true;
    const next = addAnswer(item, answers, chosen);
    setAnswers(next);
    setPending(undefined);
    onAnswer(gradeItem(item, chosen), next);
  };

  const pick = (id: string) => {
    if (!item.multiple) return grade([id]);
    setPending(selected.includes(id) ? selected.filter((x) => x !== id) : [...selected, id]);
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
