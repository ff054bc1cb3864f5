import type { Metadata } from 'next';
import './globals.css';
import './exercises.css';
import './scratch.css';
import { t } from '@/lib/i18n/ko';

export const metadata: Metadata = {
  title: { default: t.siteTitle, template: `%s · ${t.siteTitle}` },
  description: t.siteTagline,
};

/** Root layout: Korean by default; each lesson page sets its own `lang` on its article. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko">
      <body>{children}</body>
    </html>
  );
}
