import type { ReactNode } from 'react';
import { Links, Meta, Outlet, Scripts, ScrollRestoration } from 'react-router';
// medprose's stylesheet as a URL (Vite copies it into the build with a content hash), linked in
// <head> by <Links />: the server HTML arrives styled and the browser caches it across pages.
import medproseStyles from 'medprose/styles.css?url';

export const links = () => [{ rel: 'stylesheet', href: medproseStyles }];

export function Layout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body style={{ margin: 0 }}>
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}
