import type { Graph } from 'schema-dts';
import { ketaminePageUrl, ketamineStructuredInput } from '../../stories/fixtures/ketamineStructuredData';

export const PAGE = ketaminePageUrl;

/** The sample article as the page shows it. */
export const sampleInput = ketamineStructuredInput;

export type Node = Record<string, unknown>;

export const nodes = (graph: Graph) => graph['@graph'] as unknown as Node[];
export const byType = (graph: Graph, type: string) => nodes(graph).filter((node) => node['@type'] === type);
export const one = (graph: Graph, type: string) => {
  const found = byType(graph, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]!;
};

/** Every value in the graph, depth first, with its path. */
export function* walk(value: unknown, path = '$'): Generator<[string, unknown]> {
  yield [path, value];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* walk(item, `${path}.${key}`);
  }
}

/** Objects that are only a reference: `{ "@id": … }`. */
export const references = (graph: Graph) =>
  [...walk(graph['@graph'])].filter(
    ([, value]) => value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() === '@id',
  ) as [string, { '@id': string }][];
