// npm run wordpress:record: starts the live WordPress (tests/wordpress/harness/site.mjs), fetches every test post as a
// publisher would (/wp-json/wp/v2/posts/<id>?_embed, and its related posts with ?include=…&_embed) and saves the
// responses with the seed's manifest in tests/content/fixtures/wordpress/, for the fast unit tests. The site's
// address (a new port each run) becomes http://wordpress.test, so the fixtures only change when WordPress's output does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fetchPostAndRelated, fixedHost } from './harness/rest.mjs';
import { startWordPress } from './harness/site.mjs';

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../content/fixtures/wordpress');

const site = await startWordPress({ log: (message) => console.log(message) });
try {
  fs.mkdirSync(outDir, { recursive: true });
  const stable = (value) => {
    const text = `${JSON.stringify(value, null, 2).replaceAll(site.url, fixedHost)}\n`;
    const host = new URL(site.url).host;
    if (text.includes(host)) throw new Error(`the site's address ${host} is still in a fixture`);
    return text;
  };
  for (const name of Object.keys(site.manifest.posts)) {
    const recorded = await fetchPostAndRelated(site.url, site.manifest, name);
    fs.writeFileSync(path.join(outDir, `${name}.json`), stable(recorded));
    console.log(`saved ${path.relative(process.cwd(), path.join(outDir, `${name}.json`))}`);
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), stable(site.manifest));
  console.log(`saved ${path.relative(process.cwd(), path.join(outDir, 'manifest.json'))}`);
} finally {
  await site.stop();
}
