import { describe, expect, test } from 'vitest';
import { main, usage } from '../src/cli/main.js';

const commands = usage()
  .split('\n')
  .filter((line) => line.startsWith('  '))
  .map((line) => line.trim().split(/\s+/)[0]);

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (line) => (stdout += `${line}\n`),
    stderr: (line) => (stderr += `${line}\n`),
    cwd: process.cwd(),
    env: {},
    signal: new AbortController().signal,
  });
  return { code, stdout, stderr };
}

describe('--help', () => {
  test('the usage lists every command', () => {
    expect(commands).toEqual(['run', 'compare', 'merge', 'publish', 'promote', 'import', 'dashboard', 'validate', 'sim', 'report', 'demo']);
  });
  test.each(commands)('evalwarden %s --help prints its usage and exits 0, doing nothing else', async (command) => {
    for (const flag of ['--help', '-h']) {
      // Other arguments, even wrong ones, do not matter: help wins.
      const { code, stdout, stderr } = await run([command, '--no-such-flag', flag]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^usage: evalwarden ${command}\\b`));
    }
  });
});
