import type { Actor, RequestContext } from '../../platform/context.js';
import type { ScreeningDeps } from './deps.js';
import { districtNames, scopedDistricts } from './districts.js';
import { RULES } from './domain/rules.js';
import { daysBefore, mondayOf, weeksBetween } from './domain/weeks.js';

const shanghaiDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
import {
  countByDistrict,
  countByRule,
  countByStatus,
  countByWeek,
  latestServiceDate,
} from './warning-store.js';

/**
 * 预警统计: warnings by rule, district and week (Monday–Sunday) of service dates in [from, to],
 * in the actor's scope. Every rule, every district in scope and every week appear, zeros included.
 */
export function createDashboardService(deps: ScreeningDeps) {
  const { db } = deps;

  async function dashboard(
    ctx: RequestContext,
    actor: Actor,
    asked: { from?: string; to?: string; district?: string },
  ) {
    // Without dates: the twelve weeks up to the latest service date warned of in scope (today if
    // none), so that a district whose records arrive late still sees its last weeks.
    const latest = asked.to ? null : await latestServiceDate(db, scopedDistricts(actor, asked.district));
    const to = asked.to ?? latest ?? shanghaiDay(ctx.now());
    const query = { from: asked.from ?? mondayOf(daysBefore(to, 7 * 11)), to, district: asked.district };
    const districtCodes = scopedDistricts(actor, query.district);
    const filter = { districtCodes, from: query.from, to: query.to };
    const [rules, districts, weeks, statuses, names] = await Promise.all([
      countByRule(db, filter),
      countByDistrict(db, filter),
      countByWeek(db, filter),
      countByStatus(db, filter),
      districtNames(deps),
    ]);
    const byRuleCode = new Map(rules.map((r) => [r.ruleCode, r]));
    const byDistrictCode = new Map(districts.map((d) => [d.districtCode, d]));
    const status = Object.fromEntries(statuses.map((s) => [s.status, Number(s.total)]));
    const all = await deps.listJurisdictions();
    const districtList = all.filter((j) => j.level === 'district' && districtCodes.includes(j.code));
    // A city-level code can hold warnings too (an unknown institution uploaded by the city).
    for (const code of byDistrictCode.keys())
      if (!districtList.some((d) => d.code === code)) {
        const found = all.find((j) => j.code === code);
        if (found) districtList.push(found);
      }
    const weekRows = new Map(
      weeksBetween(query.from, query.to).map((week) => [
        week,
        { week, total: 0, high: 0, medium: 0, low: 0 },
      ]),
    );
    for (const row of weeks) {
      const entry = weekRows.get(row.week);
      if (!entry) continue;
      entry[row.severity] += Number(row.total);
      entry.total += Number(row.total);
    }
    return {
      from: query.from,
      to: query.to,
      totals: {
        total: Object.values(status).reduce((a, b) => a + b, 0),
        open: status.open ?? 0,
        dismissed: status.dismissed ?? 0,
        clued: status.clued ?? 0,
      },
      byRule: RULES.map((rule) => ({
        ruleId: rule.id,
        ruleCode: rule.code,
        severity: rule.severity,
        total: Number(byRuleCode.get(rule.code)?.total ?? 0),
        open: byRuleCode.get(rule.code)?.open ?? 0,
      })),
      byDistrict: districtList.map((d) => ({
        districtCode: d.code,
        districtName: names.get(d.code)?.name ?? d.code,
        districtNameEn: names.get(d.code)?.nameEn ?? d.code,
        total: Number(byDistrictCode.get(d.code)?.total ?? 0),
        open: byDistrictCode.get(d.code)?.open ?? 0,
      })),
      byWeek: [...weekRows.values()],
    };
  }

  return { dashboard };
}
