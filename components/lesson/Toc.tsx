import type { Lesson } from '@/lib/lesson/types';
import { t } from '@/lib/i18n/ko';

/** Sidebar table of contents: one linkable entry per section. */
export function Toc({ lesson }: { lesson: Lesson }) {
  return (
    <nav className="toc" aria-label={t.contents}>
      <div className="toc-heading">{t.contents}</div>
      <ol>
        {lesson.sections.map((s) => (
          <li key={s.id}>
            <a href={`#${encodeURIComponent(s.id)}`} data-toc-section={s.id}>
              {s.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
