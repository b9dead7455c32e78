// What the emulated platform holds: per company, per resource, items in creation order. Optionally kept
// in a JSON file (--data) so a demo survives restarts; writes are atomic (temp file + rename).
import { randomBytes, randomUUID } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import type { EmulatorUser } from './iam';

/** The three resources, by the section key the manifest uses. */
export type Resource = 'attributes' | 'clientTags' | 'sessionTags';

export const RESOURCES: readonly Resource[] = ['attributes', 'clientTags', 'sessionTags'];

/** One stored attribute or tag. */
export interface StoredItem {
  id: string;
  name: string;
  createdAt: string;
}

type CompanyData = Record<Resource, StoredItem[]>;

interface FileShape {
  secret: string;
  companies: Record<string, CompanyData>;
  /** IAM users of a demo or test data file; absent: the built-in demo users. */
  users?: EmulatorUser[];
}

/** The emulator's data. */
export interface Store {
  readonly secret: string;
  /** The data file's IAM users, when it lists any. */
  readonly users: EmulatorUser[] | undefined;
  /** Items of one resource of a company, oldest first (a copy). */
  items(resource: Resource, companyId: string): StoredItem[];
  /** Company ids that have data. */
  companies(): string[];
  /** Stores a new item and returns it. */
  add(resource: Resource, companyId: string, name: string): StoredItem;
  /** Deletes one item by id (as an administrator can in the TWIN cabinet); false when there is none. */
  remove(resource: Resource, companyId: string, id: string): boolean;
  /** Removes everything. */
  clear(): void;
  /** Waits until every change so far is on disk (no-op without a data file). */
  flushed(): Promise<void>;
}

function emptyCompany(): CompanyData {
  return { attributes: [], clientTags: [], sessionTags: [] };
}

/** A store, loaded from `dataFile` when it exists. */
export function createStore(dataFile?: string): Store {
  const data: FileShape = { secret: randomBytes(32).toString('hex'), companies: {} };
  if (dataFile) {
    try {
      const loaded = JSON.parse(readFileSync(dataFile, 'utf8')) as Partial<FileShape>;
      if (typeof loaded.secret === 'string') data.secret = loaded.secret;
      if (Array.isArray(loaded.users)) data.users = loaded.users.filter(isUser);
      for (const [company, sections] of Object.entries(loaded.companies ?? {})) {
        const c = emptyCompany();
        for (const r of RESOURCES) c[r] = Array.isArray(sections[r]) ? sections[r] : [];
        data.companies[company] = c;
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new Error(`Cannot read ${dataFile}: ${(e as Error).message}`);
    }
  }
  let chain: Promise<void> = Promise.resolve();
  const save = (): void => {
    if (!dataFile) return;
    const text = JSON.stringify(data, null, 2) + '\n';
    chain = chain
      .then(async () => {
        const tmp = path.join(path.dirname(dataFile), `.${path.basename(dataFile)}.${process.pid}.tmp`);
        await fs.writeFile(tmp, text, 'utf8');
        await fs.rename(tmp, dataFile);
      })
      .catch((e: unknown) => {
        process.stderr.write(`emulator: cannot save ${dataFile}: ${(e as Error).message}\n`);
      });
  };
  const company = (id: string): CompanyData => (data.companies[id] ??= emptyCompany());
  return {
    secret: data.secret,
    users: data.users,
    items: (resource, companyId) => [...(data.companies[companyId]?.[resource] ?? [])],
    companies: () => Object.keys(data.companies),
    add(resource, companyId, name) {
      const item: StoredItem = { id: randomUUID(), name, createdAt: new Date().toISOString() };
      company(companyId)[resource].push(item);
      save();
      return item;
    },
    remove(resource, companyId, id) {
      const items = data.companies[companyId]?.[resource];
      const at = items?.findIndex((i) => i.id === id) ?? -1;
      if (!items || at < 0) return false;
      items.splice(at, 1);
      save();
      return true;
    },
    clear() {
      data.companies = {};
      save();
    },
    flushed: () => chain,
  };
}

function isUser(u: unknown): u is EmulatorUser {
  if (typeof u !== 'object' || u === null) return false;
  const r = u as Record<string, unknown>;
  return (
    typeof r.id === 'number' &&
    typeof r.companyId === 'number' &&
    typeof r.email === 'string' &&
    typeof r.password === 'string' &&
    typeof r.firstName === 'string' &&
    typeof r.lastName === 'string'
  );
}
