/**
 * Proxy mode: Prism's validation proxy in front of the target, so that a
 * client application's own traffic is checked against the spec. Every
 * request and response that breaks the contract is logged by Prism and, with
 * `--errors`, answered with a 4xx/5xx problem document instead of passing
 * silently.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Prism's CLI, or null when the optional dependency is not installed. */
function prismBin(): string | null {
  try {
    return join(dirname(createRequire(import.meta.url).resolve('@stoplight/prism-cli/package.json')), 'dist', 'index.js');
  } catch {
    return null;
  }
}

/** Start the proxy and resolve with its exit code when it ends (Ctrl-C ends it). */
export function runProxy(specPath: string, target: string, port: number): Promise<number> {
  const bin = prismBin();
  if (bin === null) {
    console.error('contract: --proxy needs Prism, which is not installed (optional: npm install --save-dev @stoplight/prism-cli@5.14.2)');
    return Promise.resolve(2);
  }
  const args = [bin, 'proxy', specPath, target, '--errors', '--host', '127.0.0.1', '--port', String(port)];
  console.log(`Prism validation proxy: http://127.0.0.1:${port} -> ${target}`);
  console.log('Point your client at the proxy; contract violations are logged and answered as errors (--errors).');
  console.log('Press Ctrl-C to stop.\n');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    const stop = () => child.kill('SIGTERM');
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    child.on('error', (e) => {
      console.error(`could not start Prism: ${e.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(signal ? 0 : (code ?? 1)));
  });
}
