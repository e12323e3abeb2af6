/**
 * A catalog source for a Web Worker that asks the page for the IAM data instead of loading its
 * own copy. A worker is a bundle of its own, so its chunks of the same data are other files: with
 * its own source, the lint worker downloaded and compiled every service the page had already
 * loaded a second time (ReadOnlyAccess: 314 services twice). The page answers from its source;
 * the data crosses as a structured clone (plain JSON-shaped objects).
 */
import type { CatalogSource, ConditionKeyInfo, ServiceData } from '../core';

/** What the worker asks the page for. */
export interface CatalogAsk {
  catalogAsk: number;
  what: 'service' | 'names' | 'global';
  prefix?: string;
}

/** The page's answer: the source's value, or undefined when it had none or failed. */
export interface CatalogAnswer {
  catalogAnswer: number;
  value: unknown;
}

export function isCatalogAsk(message: unknown): message is CatalogAsk {
  return typeof message === 'object' && message !== null && 'catalogAsk' in message;
}

export function isCatalogAnswer(message: unknown): message is CatalogAnswer {
  return typeof message === 'object' && message !== null && 'catalogAnswer' in message;
}

/**
 * The worker's side: a source whose every load is a question posted with `post`; `receive` takes
 * the page's answers (anything else is ignored).
 */
export function messageCatalogSource(post: (ask: CatalogAsk) => void): {
  source: CatalogSource;
  receive: (answer: CatalogAnswer) => void;
} {
  let next = 0;
  const waiting = new Map<number, (value: unknown) => void>();
  const ask = (what: CatalogAsk['what'], prefix?: string): Promise<unknown> =>
    new Promise((resolve) => {
      const id = ++next;
      waiting.set(id, resolve);
      post({ catalogAsk: id, what, ...(prefix === undefined ? {} : { prefix }) });
    });
  const source: CatalogSource = {
    asOf: '',
    async loadServiceNames() {
      const names = await ask('names');
      return typeof names === 'object' && names !== null ? (names as Record<string, string>) : {};
    },
    async loadService(prefix: string) {
      const data = await ask('service', prefix);
      return typeof data === 'object' && data !== null ? (data as ServiceData) : undefined;
    },
    async loadGlobalConditionKeys() {
      const keys = await ask('global');
      return Array.isArray(keys) ? (keys as ConditionKeyInfo[]) : [];
    },
  };
  const receive = (answer: CatalogAnswer) => {
    const resolve = waiting.get(answer.catalogAnswer);
    waiting.delete(answer.catalogAnswer);
    resolve?.(answer.value);
  };
  return { source, receive };
}

/** The page's side: answers one question from `source`; a load that fails answers undefined. */
export async function answerCatalogAsk(
  source: CatalogSource,
  ask: CatalogAsk,
): Promise<CatalogAnswer> {
  let value: unknown;
  try {
    if (ask.what === 'names') value = await source.loadServiceNames();
    else if (ask.what === 'global') value = (await source.loadGlobalConditionKeys?.()) ?? [];
    else if (typeof ask.prefix === 'string') value = await source.loadService(ask.prefix);
  } catch {
    value = undefined;
  }
  return { catalogAnswer: ask.catalogAsk, value };
}
