import type { WordPressPost } from '../../../src/content';
import type { WordPressManifest } from './manifest';

/** A REST post as fetched: the fields the converter reads and every other field WordPress sends. */
export type RestPost = WordPressPost & Record<string, unknown>;

export declare const fixedHost: string;
export declare function fetchPost(siteUrl: string, id: number, options?: { restRoute?: boolean }): Promise<RestPost>;
export declare function fetchPosts(siteUrl: string, ids: number[]): Promise<RestPost[]>;
export declare function fetchPostAndRelated(
  siteUrl: string,
  manifest: WordPressManifest,
  name: string,
): Promise<{ post: RestPost; related: RestPost[] }>;
