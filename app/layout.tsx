import type { Metadata, Viewport } from 'next';
import './globals.css';
import './theme.css';
import './exercises.css';
import './scratch.css';
import { t } from '@/lib/i18n/ko';
import { BOOT_SCRIPT } from '@/lib/prefs/boot-script';
import { LABEL_SCRIPT } from '@/lib/prefs/label-script';
import { EARLY_RUN_SCRIPT } from '@/lib/notebook/early-runs';
import { T } from '@/lib/i18n/T';

export const metadata: Metadata = {
  title: { default: t.siteTitle, template: `%s · ${t.siteTitle}` },
  description: t.siteTagline,
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  colorScheme: 'light dark',
};

/**
 * Root layout. The boot script sets the interface language and theme on <html> before the first
 * paint (so the attributes differ from the static HTML: hydration is told not to mind); each
 * lesson sets its own `lang` on its content. The label script at the end of the body gives icon
 * buttons their English aria-label/title for an English reader before the app's scripts run.
 * The early-run script keeps Run clicks made before the notebook is live (lib/notebook/early-runs).
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: BOOT_SCRIPT }} />
        <script dangerouslySetInnerHTML={{ __html: EARLY_RUN_SCRIPT }} />
      </head>
      <body>
        <a className="skip-link" href="#main"><T m={(d) => d.skipToContent} /></a>
        {children}
        <script dangerouslySetInnerHTML={{ __html: LABEL_SCRIPT }} />
      </body>
    </html>
  );
}
