// The language servers the benchmark compares, each described by how to start it, which language id
// it expects and what its settings are. Everything else (the driver, the documents, the clock) is shared.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SpawnSpec } from './lspProcess';

/** One language server under test. */
export interface Contender {
  id: string;
  /** Name in the tables. */
  label: string;
  /** Why it cannot run here, or undefined when it can. */
  unavailable(): string | undefined;
  spawn(extraNodeArgs?: readonly string[]): SpawnSpec;
  languageId: string;
  initializationOptions?: unknown;
  /** The answer to `workspace/configuration` for one section. */
  settings(section: string | undefined): unknown;
  /** Sent as `workspace/didChangeConfiguration` after `initialized`. */
  didChangeConfiguration: unknown;
}

/** The value at a dotted section (`twin.validation.maxNameLength`) of a settings tree, or null. */
function settingAt(tree: Record<string, unknown>, section: string | undefined): unknown {
  if (section === undefined) return tree;
  if (section in tree) return tree[section];
  let node: unknown = tree;
  for (const part of section.split('.')) {
    if (typeof node !== 'object' || node === null || !(part in node)) return null;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Our server, dist/server.js, as the extension starts it but over stdio. */
export function twinServer(root: string): Contender {
  const server = path.join(root, 'dist', 'server.js');
  const twinSettings = { validation: { maxNameLength: 255 }, trace: { server: 'off' } };
  return {
    id: 'twin',
    label: 'twin (dist/server.js)',
    unavailable: () => (existsSync(server) ? undefined : 'dist/server.js is not built'),
    spawn: (extraNodeArgs = []) => ({
      command: process.execPath,
      args: [...extraNodeArgs, server, '--stdio'],
    }),
    languageId: 'twin-yaml',
    initializationOptions: { locale: 'en' },
    settings: (section) =>
      section === 'twin' ? twinSettings : section === undefined ? { twin: twinSettings } : null,
    didChangeConfiguration: { settings: { twin: twinSettings } },
  };
}

/**
 * Red Hat's yaml-language-server (what the YAML extension runs) with our JSON Schema associated to
 * *.twin.yaml, the schema store and Kubernetes lookups off so that it never touches the network.
 */
export function yamlLanguageServer(root: string, schemaPath: string): Contender {
  const bin = path.join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');
  const yaml = {
    validate: true,
    hover: true,
    completion: true,
    format: { enable: false },
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
    schemas: { [pathToFileURL(schemaPath).href]: ['*.twin.yaml'] },
  };
  const sections: Record<string, unknown> = { yaml, http: {}, '[yaml]': {}, editor: {} };
  return {
    id: 'yaml-ls',
    label: 'yaml-language-server + JSON Schema',
    unavailable: () => (existsSync(bin) ? undefined : 'node_modules/yaml-language-server is not installed'),
    spawn: (extraNodeArgs = []) => ({ command: process.execPath, args: [...extraNodeArgs, bin, '--stdio'] }),
    languageId: 'yaml',
    settings: (section) => settingAt(sections, section),
    didChangeConfiguration: { settings: { yaml } },
  };
}
