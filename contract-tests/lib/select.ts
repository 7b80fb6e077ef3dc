/** Which operations and flows run, and why the others do not. */
import type { ContractConfig } from './config.js';
import type { Operation } from './spec.js';

export function selectionSkip(config: ContractConfig, id: string): string | undefined {
  if (config.only.length > 0 && !config.only.includes(id)) return 'not selected (--only)';
  if (config.skip.includes(id)) return 'skipped on request (--skip)';
  return undefined;
}

/** Why none of an operation's checks run, or undefined when they do. */
export function operationSkip(config: ContractConfig, op: Operation): string | undefined {
  const sel = selectionSkip(config, op.operationId);
  if (sel) return sel;
  if (op.mockOnly && !config.includeMockOnly) return 'x-mock-only: exists only in the mock (pass --include-mock-only to check it)';
  if (!op.safe && !config.writes) return config.readOnlyReason;
  return undefined;
}
