// The shared palette: entity types stay apart under a deuteranopia (and protanopia) simulation.
import { describe, expect, it } from 'vitest';
import { COMMUNITY_COLORS, RELATION_COLORS, RELATION_WORDS, TYPE_COLORS } from '../../src/graph/style.ts';
import { ENTITY_TYPE_LIST, RELATION_TYPE_LIST } from '../../src/types.ts';

// Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
const DEUTERANOPIA = [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]];
const PROTANOPIA = [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]];

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
}
function simulate(lin: number[], m: number[][]): number[] {
  return m.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!)));
}
/** Linear sRGB → CIELAB (D65). */
function lab(lin: number[]): number[] {
  const [r, g, b] = lin as [number, number, number];
  const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  const [fx, fy, fz] = xyz.map(f) as [number, number, number];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

function minPairDistance(colors: string[], m: number[][] | null): number {
  const labs = colors.map((c) => lab(m ? simulate(rgb(c), m) : rgb(c)));
  let min = Infinity;
  for (let i = 0; i < labs.length; i++) for (let j = i + 1; j < labs.length; j++) min = Math.min(min, deltaE(labs[i]!, labs[j]!));
  return min;
}

describe('palette', () => {
  const types = ENTITY_TYPE_LIST.map((t) => TYPE_COLORS[t]);

  it('has a colour and words for every entity and relation type', () => {
    expect(new Set(types).size).toBe(ENTITY_TYPE_LIST.length);
    for (const r of RELATION_TYPE_LIST) {
      expect(RELATION_COLORS[r]).toMatch(/^#[0-9a-f]{6}$/);
      expect(RELATION_WORDS[r]).not.toContain('_');
    }
  });

  it('keeps the six entity types apart under deuteranopia and protanopia (CIELAB ΔE76 ≥ 15; the old palette had 0.9)', () => {
    expect(minPairDistance(types, null)).toBeGreaterThan(15);
    expect(minPairDistance(types, DEUTERANOPIA)).toBeGreaterThanOrEqual(15);
    expect(minPairDistance(types, PROTANOPIA)).toBeGreaterThanOrEqual(15);
  });

  it('fails the old Tableau palette, where person, place and organization merged under deuteranopia', () => {
    // The check has teeth: the palette issue 12 reported collapses below the bar.
    const tableau = ['#e15759', '#4e79a7', '#f28e2b', '#76b7b2', '#59a14f', '#b07aa1'];
    expect(minPairDistance(tableau, DEUTERANOPIA)).toBeLessThan(15);
  });

  it('gives communities colours that are not the type colours', () => {
    for (const c of COMMUNITY_COLORS) expect(types).not.toContain(c);
  });
});
