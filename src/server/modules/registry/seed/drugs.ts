/**
 * The drug catalogue of the demo registry. Each spec of each drug in DRUG_LINES is one row; beyond
 * those, further rows are the same product from another manufacturer (a different 医保 code, same
 * name, cap within ±20 %) — exactly how a real catalogue repeats a generic. Codes follow the shape of
 * the 国家医保药品代码: X + class (5) + generic (4) + 剂型 (4) + spec/pack + manufacturer = 23
 * characters for Western drugs, Z + class + … = 20 characters for 中成药.
 */
import { DRUG_LINES } from './drug-data.js';
import type { Row } from './institutions.js';
import type { Rng } from './random.js';

const FORM_CODES: readonly (readonly [string, string])[] = [
  ['分散片', 'A006'],
  ['肠溶片', 'A012'],
  ['缓释片', 'A010'],
  ['控释片', 'A011'],
  ['咀嚼片', 'A004'],
  ['泡腾片', 'A005'],
  ['片', 'A001'],
  ['肠溶胶囊', 'E005'],
  ['缓释胶囊', 'E006'],
  ['软胶囊', 'E003'],
  ['胶囊', 'E001'],
  ['注射用', 'B001'],
  ['注射液', 'B002'],
  ['颗粒', 'N001'],
  ['干混悬剂', 'X006'],
  ['口服溶液', 'X001'],
  ['口服液', 'X002'],
  ['混悬液', 'X003'],
  ['散', 'P001'],
  ['乳膏', 'F002'],
  ['软膏', 'F001'],
  ['凝胶', 'U004'],
  ['滴丸', 'H002'],
  ['丸', 'H001'],
  ['粉吸入剂', 'Q003'],
  ['气雾剂', 'Q002'],
  ['滴眼液', 'G001'],
  ['水', 'X002'],
];

const formCode = (nameOrForm: string) =>
  FORM_CODES.find(([f]) => nameOrForm.endsWith(f) || nameOrForm.startsWith(f))?.[1] ?? 'X009';

interface Base {
  name: string;
  level: string;
  code: string;
  price: number;
}

function parse(): Base[] {
  const out: Base[] = [];
  DRUG_LINES.forEach((line, g) => {
    const [generic = '', level = '0', klass = '', specs = ''] = line.split('|');
    specs.split(';').forEach((spec, s) => {
      const parts = spec.split(' ');
      const form = parts[0] ?? '';
      const override = parts[parts.length - 1]?.match(/^L([0-3])$/)?.[1];
      const priceAt = parts.length - (override ? 2 : 1);
      const price = Number(parts[priceAt]);
      const strength = parts.slice(1, priceAt).join(' ');
      const name = form === '=' ? generic : form === '注射用' ? `注射用${generic}` : `${generic}${form}`;
      const generic4 = `${String.fromCharCode(65 + (g % 26))}${String(g).padStart(3, '0')}`;
      const sIdx = String(s + 1).padStart(2, '0');
      const code = klass.startsWith('Z')
        ? `Z${klass.slice(1).padEnd(5, 'A')}${generic4}0${sIdx}01`
        : `X${klass}${generic4}${formCode(form === '=' ? generic : form)}${sIdx}0101`;
      out.push({ name: `${name}(${strength})`, level: override ?? level, code, price });
    });
  });
  return out;
}

/** `count` drug rows: every base product once (a subset when count is smaller), then other makers. */
export function generateDrugs(rng: Rng, count: number): Row[] {
  const bases = parse();
  const picked = count >= bases.length ? bases : rng.shuffle(bases).slice(0, count);
  const rows: Row[] = [];
  const seen = new Set<string>();
  const maker = (b: Base) => {
    for (;;) {
      const code =
        `${b.code}${String(rng.int(1, b.code.startsWith('Z') ? 99_999 : 999)).padStart(b.code.startsWith('Z') ? 5 : 3, '0')}`.slice(
          0,
          b.code.startsWith('Z') ? 20 : 23,
        );
      if (!seen.has(code)) {
        seen.add(code);
        return code;
      }
    }
  };
  for (const b of picked)
    rows.push({ code: maker(b), name: b.name, antibiotic_level: b.level, price_cap: b.price.toFixed(2) });
  while (rows.length < count) {
    const b = rng.pick(bases);
    const cap = Math.max(0.01, b.price * (0.8 + rng.next() * 0.4));
    rows.push({ code: maker(b), name: b.name, antibiotic_level: b.level, price_cap: cap.toFixed(2) });
  }
  return rows.sort((a, b) => ((a.code ?? '') < (b.code ?? '') ? -1 : 1));
}
