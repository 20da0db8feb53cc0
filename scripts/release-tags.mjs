#!/usr/bin/env node
// Moves the major tag (v1, v2, …) to a published release tag vMAJOR.MINOR.PATCH and pushes it.
// Refuses unless package.json at the tagged commit holds the same version: every run records
// the version it ran, so a release must say which one it is.
//
//   node scripts/release-tags.mjs v1.2.0 [--remote origin] [--dry-run]
//
// Run in a clone that has the tag. The release workflow runs it after the tests and a fresh-build
// check on the tagged commit; test/release-tags.test.ts runs it against a local bare repository.
import { execFileSync } from 'node:child_process';

const args = process.argv.slice(2);
const tag = args.find((a) => !a.startsWith('--'));
const remote = args.includes('--remote') ? args[args.indexOf('--remote') + 1] : 'origin';
const dryRun = args.includes('--dry-run');

function git(...gitArgs) {
  return execFileSync('git', gitArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

function fail(message) {
  console.error(`::error::${message}`);
  process.exit(1);
}

const match = /^v(\d+)\.(\d+)\.(\d+)$/.exec(tag ?? '');
if (!match) fail(`"${tag ?? ''}" is not vMAJOR.MINOR.PATCH (pre-releases move no major tag)`);
const major = `v${match[1]}`;
let commit;
try {
  commit = git('rev-parse', '--verify', `${tag}^{commit}`);
} catch {
  fail(`no tag ${tag} in this clone: fetch it first (git fetch --tags)`);
}
const version = JSON.parse(git('show', `${commit}:package.json`)).version;
if (version !== tag.slice(1))
  fail(
    `package.json says ${version} at ${tag}, not ${tag.slice(1)}: bump it (npm version ${tag.slice(1)}) and tag again`,
  );

git('tag', '-fa', major, '-m', `${major} → ${tag}`, commit);
console.log(`${major} → ${tag} (${commit.slice(0, 7)})`);
if (!dryRun) {
  git('push', '--force', remote, `refs/tags/${major}`);
  console.log(`pushed ${major} to ${remote}`);
}
