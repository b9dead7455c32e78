// The `twin.*` settings, once: their ids, defaults, scopes and bounds. The extension, the language
// server and the CLI read them from here, and a unit test holds package.json's
// `contributes.configuration` to this table, so a default or a cap cannot differ between them.

/** Where VS Code lets a setting be set (`application`: the user's own settings only). */
export type SettingScope = 'application' | 'window' | 'resource';

/** One setting as package.json contributes it. */
export interface SettingSpec<T extends number | string | boolean = number | string | boolean> {
  id: string;
  type: T extends number ? 'integer' : T extends string ? 'string' : 'boolean';
  default: T;
  /** Omitted: VS Code's default (`window`), and package.json says nothing either. */
  scope?: SettingScope;
  minimum?: number;
  maximum?: number;
  enum?: readonly string[];
  /** The package.nls key of its description. */
  descriptionKey: string;
  /** True when the description is Markdown (`markdownDescription`). */
  markdown?: boolean;
  /** A string setting that holds a URI. */
  format?: 'uri';
}

/** `twin.validation.maxNameLength`: the longest name the `name-too-long` rule allows. */
export const MAX_NAME_LENGTH: SettingSpec<number> = {
  id: 'twin.validation.maxNameLength',
  type: 'integer',
  default: 255,
  minimum: 1,
  descriptionKey: 'config.maxNameLength',
};

/** `twin.trace.server`: the language client's protocol trace. */
export const TRACE_SERVER: SettingSpec<string> = {
  id: 'twin.trace.server',
  type: 'string',
  default: 'off',
  enum: ['off', 'messages', 'verbose'],
  scope: 'window',
  descriptionKey: 'config.traceServer',
};

/** `twin.api.baseUrl`: where the token is sent, so the user's own setting only. */
export const API_BASE_URL: SettingSpec<string> = {
  id: 'twin.api.baseUrl',
  type: 'string',
  default: 'https://chat-api.twin24.ai/api/v1',
  format: 'uri',
  scope: 'application',
  descriptionKey: 'config.apiBaseUrl',
  markdown: true,
};

/** `twin.push.concurrency` (and the CLI's `--concurrency`): requests a push keeps in flight. */
export const PUSH_CONCURRENCY: SettingSpec<number> & { minimum: number; maximum: number } = {
  id: 'twin.push.concurrency',
  type: 'integer',
  default: 4,
  minimum: 1,
  maximum: 16,
  scope: 'application',
  descriptionKey: 'config.pushConcurrency',
};

/** `twin.push.confirm`: ask before a push creates anything. */
export const PUSH_CONFIRM: SettingSpec<boolean> = {
  id: 'twin.push.confirm',
  type: 'boolean',
  default: true,
  scope: 'application',
  descriptionKey: 'config.pushConfirm',
};

/** `twin.remote.refreshOnOpen`: read the platform's names when a manifest is opened. */
export const REFRESH_ON_OPEN: SettingSpec<boolean> = {
  id: 'twin.remote.refreshOnOpen',
  type: 'boolean',
  default: true,
  descriptionKey: 'config.refreshOnOpen',
};

/** Every setting, in package.json's order. */
export const SETTINGS: readonly SettingSpec[] = [
  MAX_NAME_LENGTH,
  TRACE_SERVER,
  API_BASE_URL,
  PUSH_CONCURRENCY,
  PUSH_CONFIRM,
  REFRESH_ON_OPEN,
];

/** The id without its `twin.` prefix, as `getConfiguration('twin')` takes it. */
export function keyInTwin(setting: SettingSpec): string {
  return setting.id.replace(/^twin\./, '');
}

/** An integer setting's value when it is an integer within its bounds, else undefined. */
export function validInteger(setting: SettingSpec<number>, value: unknown): number | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value)) return undefined;
  if (setting.minimum !== undefined && value < setting.minimum) return undefined;
  if (setting.maximum !== undefined && value > setting.maximum) return undefined;
  return value;
}
