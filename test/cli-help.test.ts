import { describe, expect, test } from 'vitest';
import { usage } from '../src/cli/main.js';
import { runCli } from './support/engine.js';

const commands = usage()
  .split('\n')
  .filter((line) => line.startsWith('  '))
  .map((line) => line.trim().split(/\s+/)[0]);

describe('--help', () => {
  test('the usage lists every command', () => {
    expect(commands).toEqual([
      'run',
      'compare',
      'merge',
      'publish',
      'promote',
      'import',
      'dashboard',
      'validate',
      'sim',
      'report',
      'demo',
    ]);
  });
  test.each(commands)(
    'evalwarden %s --help prints its usage and exits 0, doing nothing else',
    async (command) => {
      for (const flag of ['--help', '-h']) {
        // Other arguments, even wrong ones, do not matter: help wins.
        const { code, stdout, stderr } = await runCli([command, '--no-such-flag', flag], {
          cwd: process.cwd(),
        });
        expect(stderr).toBe('');
        expect(code).toBe(0);
        expect(stdout).toMatch(new RegExp(`^usage: evalwarden ${command}\\b`));
      }
    },
  );
});
