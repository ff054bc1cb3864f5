import { runnerText } from '@/lib/i18n/runner';
import { formatCount, MAX_TEXT_CHARS } from './caps';

/**
 * Cuts `text` to `max` characters and says how much was dropped, so a reader never mistakes a
 * truncated value for the whole one.
 */
export function truncateText(text: string, max = MAX_TEXT_CHARS): string {
  if (text.length <= max) return text;
  const dropped = text.length - max;
  return `${text.slice(0, max)}${runnerText().limits.moreChars(formatCount(dropped))}`;
}
