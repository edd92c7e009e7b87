/**
 * Chinese personal names and trade names (字号) for the demo registry. Personal names combine common
 * surnames (weighted roughly by frequency, with the Shanghai-typical 沈/顾/陆/钱/徐 boosted) and
 * ordinary given-name characters; a short block list keeps well-known public figures out.
 */
import type { Rng } from './random.js';

const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 7.1],
  ['李', 7.0],
  ['张', 6.8],
  ['刘', 5.4],
  ['陈', 5.6],
  ['杨', 3.1],
  ['黄', 2.3],
  ['赵', 2.3],
  ['吴', 2.6],
  ['周', 2.6],
  ['徐', 3.0],
  ['孙', 1.5],
  ['马', 1.2],
  ['朱', 2.2],
  ['胡', 1.6],
  ['郭', 1.1],
  ['何', 1.0],
  ['高', 1.0],
  ['林', 1.0],
  ['罗', 0.8],
  ['郑', 0.9],
  ['梁', 0.6],
  ['谢', 0.7],
  ['宋', 0.6],
  ['唐', 0.8],
  ['许', 0.9],
  ['韩', 0.5],
  ['冯', 0.6],
  ['邓', 0.4],
  ['曹', 0.7],
  ['彭', 0.4],
  ['曾', 0.3],
  ['肖', 0.4],
  ['田', 0.3],
  ['董', 0.5],
  ['袁', 0.6],
  ['潘', 0.7],
  ['于', 0.3],
  ['蒋', 0.8],
  ['蔡', 0.8],
  ['余', 0.4],
  ['杜', 0.4],
  ['叶', 0.8],
  ['程', 0.5],
  ['苏', 0.4],
  ['魏', 0.4],
  ['吕', 0.4],
  ['丁', 0.6],
  ['任', 0.3],
  ['沈', 1.6],
  ['顾', 1.5],
  ['陆', 1.5],
  ['钱', 0.9],
  ['姚', 0.7],
  ['施', 0.7],
  ['金', 0.8],
  ['俞', 0.6],
  ['倪', 0.5],
  ['严', 0.5],
  ['汤', 0.4],
  ['范', 0.5],
  ['龚', 0.5],
  ['毛', 0.4],
  ['邵', 0.5],
  ['费', 0.2],
  ['瞿', 0.2],
  ['戴', 0.5],
  ['夏', 0.5],
  ['方', 0.5],
  ['孔', 0.2],
  ['傅', 0.4],
  ['秦', 0.3],
];

const GIVEN_MALE =
  '伟强磊军勇杰涛斌辉鹏华明俊峰超波刚宇浩晨旭东亮健志文博凯翔坤宁建平海良卫国新锋斌睿嘉豪晖'.split('');
const GIVEN_FEMALE = '芳娜敏静丽艳娟霞燕玲琳婷雪倩颖洁蓉琴慧萍红梅兰莉晶怡佳欣悦瑶璐雯岚菁蕾茜瑾妍婧'.split(
  '',
);
const GIVEN_NEUTRAL = '晓一春秋雨思云天立永子嘉宏之青正诗心'.split('');

/** Names of well-known people a random draw could hit; redrawn if produced. */
const BLOCKED = new Set([
  '姚明',
  '刘翔',
  '马云',
  '李娜',
  '王菲',
  '周迅',
  '李白',
  '杜甫',
  '钱学森',
  '鲁迅',
  '孙俪',
  '韩寒',
  '王子',
  '王国',
  '金子',
  '高明',
  '方正',
]);

export function personName(rng: Rng): string {
  for (;;) {
    const surname = rng.weighted(SURNAMES);
    const pool = rng.chance(0.5) ? GIVEN_MALE : GIVEN_FEMALE;
    const first = rng.chance(0.25) ? rng.pick(GIVEN_NEUTRAL) : rng.pick(pool);
    const given = rng.chance(0.78) ? first + rng.pick(pool) : first;
    const name = surname + given;
    if (!BLOCKED.has(name) && given[0] !== given[1]) return name;
  }
}

/** Characters for trade names (字号) of private institutions — auspicious, medical, place-neutral. */
const TRADE_A = '仁德康和华瑞安泰惠民济博协恒顺景明嘉慈美雅馨悦诺贝欣宜佳禾睿优艾恩信正卓聚'.split('');
const TRADE_B = '康济和安泰仁德心华生元颐宁健爱医联尚美丽辰晟洋雅林航晨信诚致远启'.split('');
const TRADE_WORDS = [
  '九州',
  '百佳',
  '东方',
  '春晖',
  '阳光',
  '星光',
  '永和',
  '时光',
  '尚善',
  '友邻',
  '金桥',
  '浦江',
  '明德',
  '博爱',
  '天和',
  '瑞泽',
  '君安',
  '清源',
  '橄榄',
  '晴川',
];

/** A two-character (occasionally longer) trade name; uniqueness is the caller's concern. */
export function tradeName(rng: Rng): string {
  if (rng.chance(0.08)) return rng.pick(TRADE_WORDS) + rng.pick(TRADE_B);
  for (;;) {
    const a = rng.pick(TRADE_A);
    const b = rng.pick(TRADE_B);
    if (a !== b) return a + b;
  }
}

export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;
