import type { ReactNode } from 'react';
// medprose's stylesheet: Next.js links it from every page's <head>, so the server HTML arrives styled
// (client components included) and the browser caches it across pages. No style registry is needed.
import 'medprose/styles.css';

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body style={{ margin: 0 }}>{children}</body>
    </html>
  );
}
