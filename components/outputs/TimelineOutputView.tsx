'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { TimelineOutput } from '@/lib/kernel/outputs';
import { TFull as T } from '@/lib/i18n/T-full';
import { useFullT as useT } from '@/lib/i18n/full';
import { countUpTo, TONE_COLORS, timeLabel, tonesUsed, valueAt } from './timeline-geometry';
import { LANE, TimelinePlot } from './TimelinePlot';
import styles from './TimelineOutputView.module.css';

/** Real time a full play takes at 1× (virtual time is scaled to fit). */
const PLAY_MS = 8_000;
const SPEEDS = [0.5, 1, 2, 4];
/** Positions of the scrub slider: whole steps, so its ends are exactly the start and the end. */
const SCRUB_STEPS = 1000;

/** Keeps the playhead moving while playing; stops at the end. */
function usePlayback(start: number, end: number) {
  const [playhead, setState] = useState(end); // start on the whole picture; Play runs it from the start
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  // The animation reads the latest playhead without restarting on every frame.
  const head = useRef(end);
  const setPlayhead = (at: number) => {
    head.current = at;
    setState(at);
  };
  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const next = Math.min(end, head.current + ((now - last) / PLAY_MS) * (end - start) * speed);
      last = now;
      setPlayhead(next);
      if (next >= end) setPlaying(false);
      else frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, speed, start, end]);
  return {
    playhead, playing, speed, setSpeed,
    toggle() {
      if (playing) return setPlaying(false);
      if (head.current >= end) setPlayhead(start);
      setPlaying(true);
    },
    scrub(at: number) {
      setPlaying(false);
      setPlayhead(Math.min(end, Math.max(start, at)));
    },
  };
}

/** The plot's width follows its container. */
function useWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(120, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/**
 * A timeline output (a simulation run, retry attempts): play, pause and scrub over virtual
 * time; marks appear as the playhead passes them, the watermark moves with it, counters count.
 */
export function TimelineOutputView({ output }: { output: TimelineOutput }) {
  const { start, end } = output;
  const span = Math.max(end - start, 1);
  const p = usePlayback(start, end);
  const t = useT();
  const { ref, width } = useWidth();
  const times = useMemo(() => output.items.map((i) => i.at).sort((a, b) => a - b), [output.items]);
  const visible = countUpTo(times, p.playhead);
  return (
    <figure className={`output ${styles.timeline}`} data-output-kind="timeline" data-playhead={Math.round(p.playhead)}
      data-visible-items={visible} data-total-items={output.items.length} data-playing={p.playing}>
      {output.title && <figcaption className={styles.title} data-lesson-content>{output.title}</figcaption>}
      <div className={styles.controls}>
        <button type="button" className={styles.play} data-action={p.playing ? 'pause' : 'play'} onClick={p.toggle}>
          <span aria-hidden="true">{p.playing ? '⏸' : '▶'}</span> <T m={(d) => (p.playing ? d.timeline.pause : d.timeline.play)} />
        </button>
        <input type="range" className={styles.scrub} data-timeline-scrub="" aria-label={t.timeline.scrub}
          min={0} max={SCRUB_STEPS} step={1} value={Math.round(((p.playhead - start) / span) * SCRUB_STEPS)}
          onChange={(e) => p.scrub(start + (Number(e.currentTarget.value) / SCRUB_STEPS) * span)} />
        <span className={styles.time}>{timeLabel(p.playhead, output)}</span>
        <select className={styles.speed} aria-label={t.timeline.speed} value={p.speed} onChange={(e) => p.setSpeed(Number(e.currentTarget.value))}>
          {SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
        </select>
      </div>
      {output.counters && output.counters.length > 0 && (
        <div className={styles.counters} data-lesson-content>
          {output.counters.map((c) => (
            <span key={c.label} className={styles.counter} data-counter={c.label}>
              <span className={styles.dot} style={{ background: TONE_COLORS[c.tone] }} />
              {c.label} <b>{(valueAt(c.points, p.playhead) ?? 0).toLocaleString(t.locale)}</b>
            </span>
          ))}
        </div>
      )}
      <div className={styles.body}>
        <div className={styles.labels} data-lesson-content>
          {output.lanes.map((lane, k) => <span key={k} className={styles.label} style={{ height: LANE }}>{lane.label}</span>)}
        </div>
        <div className={styles.plot} ref={ref}>
          <TimelinePlot output={output} width={width} playhead={p.playhead} />
        </div>
      </div>
      <div className={styles.legend}>
        {tonesUsed(output.items).map((tone) => (
          <span key={tone}><span className={styles.swatch} style={{ background: TONE_COLORS[tone] }} />{output.legend?.[tone] ? <span data-lesson-content>{output.legend[tone]}</span> : <T m={(d) => d.timeline.tones[tone]} />}</span>
        ))}
        {output.marker && <span data-lesson-content><span className={styles.dash} />{output.marker.label}</span>}
      </div>
      {output.sample && <p className={styles.note}><T m={(d) => d.timeline.sample(output.sample!.shown, output.sample!.total)} /></p>}
    </figure>
  );
}
