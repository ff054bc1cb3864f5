'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { progressHub, type ProgressHub } from '@/lib/progress/live';
import type { ActivityRecord } from '@/lib/progress/record';

const noop = () => () => {};

/** The page's progress hub, once mounted in the browser (undefined during static rendering). */
export function useProgressHub(): ProgressHub | undefined {
  const [hub, setHub] = useState<ProgressHub>();
  useEffect(() => setHub(progressHub()), []);
  return hub;
}

/** One activity's stored record, live; undefined until loaded or when nothing is stored. */
export function useActivityRecord(hub: ProgressHub | undefined, lesson: string, id: string): ActivityRecord | undefined {
  return useSyncExternalStore(
    hub ? (fn) => hub.subscribe(fn) : noop,
    () => hub?.get(lesson, id),
    () => undefined,
  );
}

/** A number that changes whenever any record changes: for views that list many activities. */
export function useProgressVersion(hub: ProgressHub | undefined): number {
  return useSyncExternalStore(
    hub ? (fn) => hub.subscribe(fn) : noop,
    () => hub?.version ?? -1,
    () => -1,
  );
}
