import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Only for this repository: the article text lives in ../../stories/fixtures,
  // outside the app. A real site does not need this.
  turbopack: { root: path.join(__dirname, '../..') },
  outputFileTracingRoot: path.join(__dirname, '../..'),
};

export default nextConfig;
