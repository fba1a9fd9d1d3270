/** Percentages written as fractions (0.999 for 99.9 %): the helpers the percent rules share. */

export function within01(...values: readonly (number | undefined)[]): boolean {
  return values.every((x) => x === undefined || (x >= 0 && x <= 1));
}

/** A percentage written as a fraction (0.999 for 99.9 %) is the likely cause of a level mix-up. */
export function fractionHint(unit: string | undefined, a: number, b: number): string {
  if (unit !== 'percent' || within01(a) === within01(b)) return '';
  return ' Is one of them written as a fraction? Percentages are 0..100 (99.9, not 0.999).';
}
