import { randomUUID } from 'node:crypto';
import { type ClueCreated, clueCreated } from '../../../shared/events.js';
import type { Actor, RequestContext } from '../../platform/context.js';
import { AppError, validationFailed } from '../../platform/http/errors.js';
import { runWrite } from '../../platform/write.js';
import { attachToClue, listWarnings } from './warning-store.js';
import { findClue, insertClue, listClues, nextClueNumber } from './clue-store.js';
import type { ScreeningDeps } from './deps.js';
import { lockOpenWarnings } from './warning-service.js';

const CLUE_MESSAGES = {
  several_districts: {
    'zh-CN': '所选预警属于不同辖区，一条线索只能包含同一辖区的预警。',
    en: 'The chosen warnings belong to different districts; a clue holds warnings of one district.',
  },
} as const;

/** The year of a moment in Asia/Shanghai (clue numbers run by the local year). */
const shanghaiYear = (at: Date) =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(at));

export function createClueService(deps: ScreeningDeps) {
  const { db } = deps;

  /**
   * Turns open warnings of one district into a clue (线索) that later modules route to inspections
   * and cases: the warnings become `clued`, all or none, in one transaction with the audit entries.
   */
  async function create(
    ctx: RequestContext,
    actor: Actor,
    input: { warningIds: string[]; title: string; note?: string },
  ) {
    const id = randomUUID();
    await runWrite(deps.write, ctx, async (w) => {
      const rows = await lockOpenWarnings(w.tx, actor, input.warningIds);
      const districts = new Set(rows.map((r) => r.districtCode));
      if (districts.size > 1)
        throw validationFailed([
          {
            field: 'warningIds',
            code: 'several_districts',
            message: CLUE_MESSAGES.several_districts[ctx.language],
          },
        ]);
      const districtCode = rows[0]?.districtCode as string;
      const institutions = new Set(rows.map((r) => r.institutionId));
      const only = institutions.size === 1 ? rows[0] : undefined;
      const number = await nextClueNumber(w.tx, districtCode, shanghaiYear(ctx.now()));
      await insertClue(w.tx, {
        id,
        number,
        title: input.title,
        note: input.note ?? '',
        districtCode,
        institutionId: only?.institutionId ?? null,
        institutionName: only?.institutionName ?? null,
        createdBy: actor.userId,
        createdByName: `${actor.displayName} (${actor.username})`,
        createdAt: ctx.now(),
      });
      await attachToClue(
        w.tx,
        rows.map((r) => r.id),
        id,
      );
      await w.audit({
        action: 'screening.clue.create',
        entityType: 'screening_clue',
        entityId: id,
        jurisdictionCode: districtCode,
        after: { number, title: input.title, warnings: rows.map((r) => r.id) },
      });
      const event: ClueCreated = {
        clueId: id,
        number,
        districtCode,
        institutionId: only?.institutionId ?? null,
        warningCount: rows.length,
      };
      await w.emit(clueCreated.topic, event);
    });
    return detail(actor, id);
  }

  async function detail(actor: Actor, id: string) {
    const clue = await findClue(db, id, actor.scope.jurisdictionCodes);
    if (!clue) throw new AppError('NOT_FOUND');
    const warnings = await listWarnings(
      db,
      { districtCodes: actor.scope.jurisdictionCodes, clueId: id },
      '-serviceDate',
      1,
      500,
    );
    return { clue, warnings: warnings.items, clueNumbers: new Map([[clue.id, clue.number]]) };
  }

  function list(actor: Actor, page: number, pageSize: number) {
    return listClues(db, actor.scope.jurisdictionCodes, page, pageSize);
  }

  return { create, detail, list };
}
