import react from '@astrojs/react';
import { defineConfig } from 'astro/config';

// Static output (Astro's default): every page is HTML written at build time.
export default defineConfig({
  integrations: [react()],
});
