'use client';
import { useRef, useState } from 'react';
import type { Quiz } from '@/lib/lesson/types';
import { recordAttempt } from '@/lib/progress/record';
import { T } from '@/lib/i18n/T';
import { useT } from '@/lib/i18n/use-t';
import { QuizItemView } from './QuizItemView';
import { useActivityRecord, useProgressHub } from './use-progress';

/** A quiz: its question, then one graded question per scenario; solved once every one is right. */
export function QuizView({ quiz, slug }: { quiz: Quiz; slug: string }) {
  const hub = useProgressHub();
  const t = useT();
  const record = useActivityRecord(hub, slug, quiz.id);
  const right = useRef(new Map<string, boolean>());
  const [allRight, setAllRight] = useState(false);

  const answered = (itemId: string, correct: boolean) => {
    right.current.set(itemId, correct);
    const solved = quiz.items.every((i) => right.current.get(i.id));
    setAllRight(solved);
    void hub?.update(slug, quiz.id, 'quiz', (r) => recordAttempt(r, { solved }, new Date().toISOString()));
  };

  return (
    <section
      className="quiz"
      data-cell-id={quiz.id}
      data-cell-kind="quiz"
      data-quiz-status={allRight ? 'correct' : undefined}
      data-activity-status={record?.status ?? 'not-started'}
      aria-label={t.quiz.label}
    >
      <div className="quiz-label"><T m={(d) => d.quiz.label} /></div>
      {quiz.promptHtml && <div className="prose quiz-prompt" data-lesson-content dangerouslySetInnerHTML={{ __html: quiz.promptHtml }} />}
      <ol className={quiz.items.length > 1 ? 'quiz-items quiz-scenarios' : 'quiz-items'}>
        {quiz.items.map((item) => (
          <li key={item.id}>
            <QuizItemView item={item} onAnswer={(g) => answered(item.id, g.correct)} />
          </li>
        ))}
      </ol>
      {allRight && quiz.items.length > 1 && (
        <p className="exercise-celebrate" role="status">
          <T m={(d) => d.quiz.allCorrect} />
        </p>
      )}
    </section>
  );
}
