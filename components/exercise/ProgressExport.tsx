'use client';
import { useEffect, useState } from 'react';
import { buildExport, exportFileName, type CatalogLesson } from '@/lib/progress/export';
import { T } from '@/lib/i18n/T';
import { useT } from '@/lib/i18n/use-t';
import { useProgressHub, useProgressVersion } from './use-progress';

/** Saves the student's progress over the whole course as a JSON file to hand in. */
export function ProgressExport({ catalog }: { catalog: CatalogLesson[] }) {
  const hub = useProgressHub();
  const t = useT();
  useProgressVersion(hub);
  const [student, setStudent] = useState('');
  useEffect(() => {
    void hub?.getMeta('student').then((name) => name && setStudent(name));
  }, [hub]);

  const save = async () => {
    if (!hub) return;
    await hub.ready();
    const at = new Date().toISOString();
    const file = buildExport(catalog, hub.all(), { student: student.trim() || undefined, at });
    const url = URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName(at, student);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section className="progress-export" aria-label={t.progress.export}>
      <label>
        <T m={(d) => d.progress.studentName} />
        <input
          type="text"
          value={student}
          data-student-name
          onChange={(e) => {
            setStudent(e.target.value);
            void hub?.setMeta('student', e.target.value);
          }}
        />
      </label>
      <button type="button" className="exercise-button" data-action="export-progress" disabled={!hub} onClick={() => void save()}>
        <T m={(d) => d.progress.export} />
      </button>
      <p className="progress-export-help"><T m={(d) => (hub && !hub.persistent ? d.progress.unavailable : d.progress.exportHelp)} /></p>
    </section>
  );
}
