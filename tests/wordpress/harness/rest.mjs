// Fetching the test site's posts the way the README's WordPress recipe does, shared by the live tests and the recorder.

/** The host the saved fixtures use instead of the live site's 127.0.0.1:<port>. */
export const fixedHost = 'http://wordpress.test';

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${(await response.text()).slice(0, 300)}`);
  return response.json();
}

/** `/wp-json/wp/v2/posts/<id>?_embed` (pretty permalinks), or with `?rest_route=` (any site). */
export function fetchPost(siteUrl, id, { restRoute = false } = {}) {
  return getJson(restRoute ? `${siteUrl}/?rest_route=/wp/v2/posts/${id}&_embed` : `${siteUrl}/wp-json/wp/v2/posts/${id}?_embed`);
}

/** Posts by id, in the order given, as a related-posts query fetches them. */
export function fetchPosts(siteUrl, ids) {
  if (ids.length === 0) return Promise.resolve([]);
  return getJson(`${siteUrl}/wp-json/wp/v2/posts?include=${ids.join(',')}&orderby=include&per_page=${ids.length}&_embed`);
}

/** A manifest post and the posts the seed lists as related to it. */
export async function fetchPostAndRelated(siteUrl, manifest, name) {
  const entry = manifest.posts[name];
  if (!entry) throw new Error(`no post "${name}" in the manifest`);
  const [post, related] = await Promise.all([fetchPost(siteUrl, entry.id), fetchPosts(siteUrl, entry.related)]);
  return { post, related };
}
