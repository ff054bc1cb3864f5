import type { ThemeChoice } from '@/lib/theme/theme';

/** Small line icons (inline SVG: no icon font, no emoji font needed): half disc, sun, moon. */
export function ThemeIcon({ choice }: { choice: ThemeChoice }) {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="1.5">
      {choice === 'system' && (
        <>
          <circle cx="8" cy="8" r="5.5" />
          <path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" stroke="none" />
        </>
      )}
      {choice === 'light' && (
        <>
          <circle cx="8" cy="8" r="3" />
          <path d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6 13 13M3 13l1.4-1.4M11.6 4.4 13 3" strokeLinecap="round" />
        </>
      )}
      {choice === 'dark' && <path d="M13.5 9.5A5.5 5.5 0 0 1 6.5 2.5a5.5 5.5 0 1 0 7 7z" strokeLinejoin="round" />}
    </svg>
  );
}
