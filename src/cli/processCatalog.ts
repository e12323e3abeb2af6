import { Catalog } from '../core';
import { createNodeSource } from '../platform/nodeCatalogSource';

let catalog: Catalog | undefined;

/**
 * The process's one IAM catalog, created on first use: services load once and stay, so a second
 * command in the same process (a test, a future batch mode) pays only for services it adds. Safe
 * to share because loading only adds data and every command loads what it reads before reading.
 */
export function processCatalog(): Catalog {
  catalog ??= new Catalog(createNodeSource());
  return catalog;
}
