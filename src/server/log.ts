/** Structured request logs: one JSON object per line, a readable line, or nothing. */
import type { CoreRequest, CoreResponse } from '../core/types.js';

export type LogFormat = 'json' | 'pretty' | 'off';

export function createLogger(format: LogFormat): ((req: CoreRequest, res: CoreResponse, ms: number) => void) | undefined {
  if (format === 'off') return undefined;
  if (format === 'json') {
    return (req, res, ms) =>
      process.stdout.write(
        `${JSON.stringify({
          time: new Date().toISOString(),
          method: req.method,
          path: req.path,
          query: req.search || undefined,
          status: res.fault ? res.fault.kind : res.status,
          ms: Math.round(ms * 100) / 100,
          ua: req.headers['user-agent'],
        })}\n`,
      );
  }
  return (req, res, ms) =>
    process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${req.method.padEnd(6)} ${req.path}${req.search ? `?${req.search}` : ''} -> ${res.fault ? res.fault.kind : res.status} (${ms.toFixed(1)} ms)\n`);
}
