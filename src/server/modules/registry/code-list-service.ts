import type { RequestContext } from '../../platform/context.js';
import { AppError } from '../../platform/http/errors.js';
import { runWrite } from '../../platform/write.js';
import { readCodeListFiles } from './code-list-files.js';
import {
  insertCodeList,
  listCodeLists,
  listItems,
  listLoadedVersions,
  listVersions,
} from './code-list-store.js';
import type { RegistryDeps } from './deps.js';

export function createCodeListService(deps: RegistryDeps) {
  const { db } = deps;

  /**
   * Loads the shipped national code lists (rules.md §5) that are not in the database yet, in one
   * audited write; a list version once loaded never changes (a new version is a new file).
   */
  async function ensureLoaded(ctx: RequestContext): Promise<string[]> {
    const loaded = new Set((await listLoadedVersions(db)).map((row) => `${row.id}@${row.version}`));
    const missing = readCodeListFiles().filter((file) => !loaded.has(`${file.id}@${file.version}`));
    if (!missing.length) return [];
    await runWrite(deps.write, ctx, async (w) => {
      for (const file of missing) {
        const { items, ...list } = file;
        await insertCodeList(
          w.tx,
          list,
          items.map((item) => ({ listId: file.id, version: file.version, ...item })),
        );
      }
      await w.audit({
        action: 'registry.code-lists.load',
        entityType: 'code_list',
        after: { lists: missing.map((file) => `${file.id}@${file.version} (${file.items.length})`) },
      });
    });
    return missing.map((file) => file.id);
  }

  const list = () => listCodeLists(db);

  /** One list (its latest version unless one is asked for) with its items, optionally searched. */
  async function get(id: string, version: string | undefined, q: string | undefined) {
    const versions = await listVersions(db, id);
    const chosen = version ? versions.find((v) => v.version === version) : versions[0];
    if (!chosen) throw new AppError('NOT_FOUND');
    return {
      list: chosen,
      versions: versions.map((v) => v.version),
      items: await listItems(db, id, chosen.version, q),
    };
  }

  return { ensureLoaded, list, get };
}
