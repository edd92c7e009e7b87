/**
 * A fast, deterministic generator of records.csv lines for a registry (interchange rows), for the
 * benchmark and the cross-check test. Most records are consistent (a registered practitioner,
 * a department both the licence and the scope cover, a valid date, a drug under its cap); a few
 * per thousand break each rule on purpose: inactive or expired institutions and suspended
 * practitioners come from the registry itself; unlicensed departments, foreign practitioners,
 * out-of-scope departments, over-cap prices, unknown references, duplicate charges and
 * heavy-prescribing institutions (R10) are planted here.
 */
type Row = Readonly<Record<string, string | undefined>>;

export interface SampleRegistry {
  institutions: readonly Row[];
  practitioners: readonly Row[];
  drugs: readonly Row[];
}

export const RECORDS_HEADER =
  'id,institution_id,practitioner_id,department_code,service_date,patient_ref,item_type,item_code,quantity,unit_price';

/** mulberry32: a small seeded generator of floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const split = (value: string | undefined) => (value ?? '').split(';').filter(Boolean);
const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** Calls `write` with batches of CSV lines (header first) for `count` records. */
export function generateRecords(
  registry: SampleRegistry,
  seed: number,
  count: number,
  write: (chunk: string) => void,
  year = 2026,
): void {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const institutions = new Map(registry.institutions.map((row) => [row.id ?? '', row]));
  const practitioners = registry.practitioners.filter(
    (p) => split(p.registrations).length && split(p.scopes).length,
  );
  const drugs = registry.drugs;
  const heavy = new Set(registry.institutions.filter(() => random() < 0.02).map((row) => row.id));
  const procedures = Array.from({ length: 200 }, (_, i) => `PRC${String(i).padStart(4, '0')}`);
  const patients = Math.max(50, Math.floor(count / 4));
  let batch = `${RECORDS_HEADER}\n`;
  let previous = '';
  for (let n = 0; n < count; n += 1) {
    const practitioner = pick(practitioners);
    const plant = random();
    let institutionId = pick(split(practitioner.registrations));
    if (plant < 0.004) institutionId = pick(registry.institutions).id ?? '';
    const institution = institutions.get(institutionId);
    const scopes = split(practitioner.scopes);
    const licensed = split(institution?.departments);
    const both = licensed.filter((d) => scopes.some((s) => d === s || d.startsWith(`${s}.`)));
    let department = both.length ? pick(both) : pick(scopes);
    if (plant >= 0.004 && plant < 0.008) department = pick(licensed.length ? licensed : scopes);
    else if (plant >= 0.008 && plant < 0.01) department = '69.99';
    let practitionerId = practitioner.id ?? '';
    if (plant >= 0.01 && plant < 0.012) practitionerId = `X${practitionerId}`;
    if (plant >= 0.012 && plant < 0.013) institutionId = `X${institutionId}`;
    const date = `${year}-${pad(1 + Math.floor(random() * 6))}-${pad(1 + Math.floor(random() * 28))}`;
    const patient = `PT${Math.floor(random() * patients)}`;
    const isDrug = random() < 0.6;
    let line: string;
    if (isDrug) {
      const drug = pick(drugs);
      let code = drug.code ?? '';
      if (plant >= 0.013 && plant < 0.014) code = `X${code}`;
      const cap = Number(drug.price_cap) || 100;
      const price = plant >= 0.014 && plant < 0.02 ? cap * 1.25 : cap * (0.5 + random() * 0.5);
      const quantity = 1 + Math.floor(random() * 5) * (heavy.has(institutionId) ? 25 : 1);
      line = `${institutionId},${practitionerId},${department},${date},${patient},drug,${code},${quantity},${price.toFixed(2)}`;
    } else {
      const kind = random() < 0.7 ? 'procedure' : 'consumable';
      line = `${institutionId},${practitionerId},${department},${date},${patient},${kind},${pick(procedures)},1,${(10 + random() * 400).toFixed(2)}`;
    }
    if (plant >= 0.02 && plant < 0.025 && previous) line = previous;
    previous = line;
    batch += `R${String(count - n).padStart(9, '0')},${line}\n`;
    if (batch.length > 1 << 22) {
      write(batch);
      batch = '';
    }
  }
  write(batch);
}
