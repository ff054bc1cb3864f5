import type { Block, Lesson } from './types';

/** An exercise or quiz of a lesson, as listed by the table of contents, the course index and exports. */
export interface Activity {
  kind: 'exercise' | 'quiz';
  id: string;
  title: string;
  /** Heading anchor to link to. */
  anchor: string;
  /** Id of the `##` section it belongs to ('intro' before the first section). */
  section: string;
}

/** Every exercise and quiz of a lesson, in document order. */
export function lessonActivities(lesson: Pick<Lesson, 'intro' | 'sections'>): Activity[] {
  const blocks: Block[] = [...lesson.intro, ...lesson.sections.flatMap((s) => s.blocks)];
  return blocks.flatMap((b): Activity[] => {
    if (b.kind === 'exercise') return [pick('exercise', b.exercise)];
    if (b.kind === 'quiz') return [pick('quiz', b.quiz)];
    return [];
  });
}

function pick(kind: Activity['kind'], a: { id: string; title: string; anchor: string; section: string }): Activity {
  return { kind, id: a.id, title: a.title, anchor: a.anchor, section: a.section };
}
