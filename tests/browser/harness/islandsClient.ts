import { hydrateIslands } from '../../../src/islands';

// What a static host's page runs (Astro: a <script> in the layout): no page hydration, only the islands.
hydrateIslands();
// A frame later the islands have committed and run their effects.
requestAnimationFrame(() => requestAnimationFrame(() => (window.__MEDPROSE_HYDRATED__ = true)));
