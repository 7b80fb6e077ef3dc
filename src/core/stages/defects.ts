/**
 * Stage `defects`: the deliberate defects switched on for this engine change
 * every answer of the operations they target (the answers stay
 * strict-checked, so a defect and `--strict` together show the violation).
 */
import type { Defect } from '../defects.js';
import type { Stage } from '../pipeline.js';

export function defects(active: readonly Defect[]): Stage {
  const appliers = active.filter((d) => d.apply);
  return (x, next) => {
    let res = next();
    for (const d of appliers) res = d.apply!(x.op!, res, x.req);
    return res;
  };
}
