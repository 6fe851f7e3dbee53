// @vitest-environment node
// What the README and CONTRIBUTING promise about releases must match package.json: the peer ranges CI proves
// (scripts/check-peers.mjs reads them from package.json, so the README is the copy that can drift), and every
// `npm run` command CONTRIBUTING tells a contributor to type.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { peerDependencies: Record<string, string>; scripts: Record<string, string> };

describe('release docs', () => {
  it("the README's Install section states package.json's peer ranges", () => {
    const install = read('README.md').split('\n## Install')[1]!.split('\n## ')[0]!;
    for (const peer of ['react', 'react-dom', 'styled-components']) {
      const range = pkg.peerDependencies[peer]!;
      expect(install, peer).toContain(`\`${range}\``);
    }
  });

  it('every `npm run <script>` in CONTRIBUTING exists in package.json', () => {
    const scripts = [...read('CONTRIBUTING.md').matchAll(/npm run ([a-z:-]+)/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(5);
    expect(scripts.filter((name) => !(name in pkg.scripts))).toEqual([]);
  });
});
