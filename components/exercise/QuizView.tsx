'use client';
import { useMemo, useRef, useState } from 'react';
import type { Quiz } from '@/lib/lesson/types';
import { recordQuizAnswer } from '@/lib/progress/record';
import { validAnswers, viewOf, type ItemAnswers } from '@/lib/quiz/answers';
import { T } from '@/lib/i18n/T';
import { useT } from '@/lib/i18n/use-t';
import { QuizItemView } from './QuizItemView';
import { useActivityRecord, useProgressHub } from './use-progress';

/**
 * A quiz: its question, then one graded question per scenario; solved once every one is right.
 * The answers are stored with the progress record, so a reload shows them marked as before.
 */
export function QuizView({ quiz, slug }: { quiz: Quiz; slug: string }) {
  const hub = useProgressHub();
  const t = useT();
  const record = useActivityRecord(hub, slug, quiz.id);
  // Per question, checked against the lesson as it is now (a changed quiz drops stale answers).
  const stored = useMemo(
    () => new Map(quiz.items.map((i) => [i.id, validAnswers(i, record?.quizAnswers?.[i.id])])),
    [quiz.items, record?.quizAnswers],
  );
  const right = useRef(new Map<string, boolean>());
  const [answeredHere, setAnsweredHere] = useState(false);

  // Before any answer in this visit the verdict is the stored one; after, the live one.
  const storedAllRight = quiz.items.every((i) => viewOf(i, stored.get(i.id) ?? []).correct === true);
  const [liveAllRight, setLiveAllRight] = useState(false);
  const allRight = answeredHere ? liveAllRight : storedAllRight;

  const answered = (itemId: string, correct: boolean, answers: ItemAnswers) => {
    if (!answeredHere) {
      // Questions not answered yet in this visit count with their stored verdict.
      for (const i of quiz.items) right.current.set(i.id, viewOf(i, stored.get(i.id) ?? []).correct === true);
      setAnsweredHere(true);
    }
    right.current.set(itemId, correct);
    const solved = quiz.items.every((i) => right.current.get(i.id));
    setLiveAllRight(solved);
    void hub?.update(slug, quiz.id, 'quiz', (r) => recordQuizAnswer(r, itemId, answers, solved, new Date().toISOString()));
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
            <QuizItemView item={item} stored={stored.get(item.id)} onAnswer={(g, answers) => answered(item.id, g.correct, answers)} />
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
