/**
 * This file enforces the simulator's import rules (STYLE.md conventions 1 and 13):
 * - src/sim never imports the DOM, Astro, Monaco or anything outside src/sim;
 * - a pipeline stage imports only earlier stages (plus the shared contracts);
 * - src/machines imports only xstate and the trace contract, never the VM's internals.
 * It reads the sources as text, so it fails the moment a forbidden import is written.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, dirname, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const simRoot = join(root, 'src/sim');

/** The stage folders of src/sim, in pipeline order (README.md). */
const stages = ['syntax', 'types', 'escape', 'compile', 'runtime', 'vm', 'lib', 'trace'] as const;
type Stage = (typeof stages)[number];

/**
 * Files every stage may import regardless of order: the shared contracts. `trace/` is the event
 * contract, `vm/values.ts` the value representation; `runtime/` and `lib/` are called by the VM
 * and call back through interfaces they define themselves, so they may read vm/values.ts only.
 */
const sharedContracts = new Set([
  'diag.ts',
  'syntax/ast.ts',
  'types/type.ts',
  'types/info.ts',
  'vm/values.ts',
  'trace/events.ts',
]);

/** Which earlier stages each stage may import (its own folder is always allowed). */
const extraAllowed: Record<Stage, Stage[]> = {
  syntax: [],
  types: ['syntax'],
  escape: ['syntax', 'types'],
  compile: ['syntax', 'types', 'escape', 'runtime', 'lib'],
  runtime: ['types'],
  vm: ['syntax', 'types', 'compile', 'runtime', 'lib', 'trace'],
  lib: ['types', 'runtime'],
  trace: [],
};

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(ts|mts)$/.test(name)) out.push(p);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs: string[] = [];
  const re = /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) specs.push(m[1] ?? m[2] ?? m[3]);
  return specs;
}

function stageOf(relPath: string): Stage | null {
  const first = relPath.split(sep)[0];
  return (stages as readonly string[]).includes(first) ? (first as Stage) : null;
}

const simFiles = walk(simRoot).filter((f) => !/\.test\.ts$/.test(f));

describe('src/sim import rules', () => {
  it('has sources to check', () => {
    expect(simFiles.length).toBeGreaterThan(3);
  });

  it('never imports the DOM, Astro, Monaco or code outside src/sim', () => {
    const bad: string[] = [];
    for (const file of simFiles) {
      const text = readFileSync(file, 'utf8');
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = resolve(dirname(file), spec);
          if (!target.startsWith(simRoot + sep) && target !== simRoot) bad.push(`${relative(root, file)} imports ${spec}`);
        } else if (!spec.startsWith('node:') || /astro|monaco/.test(spec)) {
          // No npm packages in the simulator: it must run unchanged in a Worker and in Node.
          bad.push(`${relative(root, file)} imports package ${spec}`);
        }
      }
      if (/\b(document|window|localStorage)\s*\./.test(text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) {
        bad.push(`${relative(root, file)} touches the DOM`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('imports only earlier pipeline stages and the shared contracts', () => {
    const bad: string[] = [];
    for (const file of simFiles) {
      const rel = relative(simRoot, file);
      const from = stageOf(rel);
      if (from === null) continue; // index.ts, diag.ts: the door may import everything
      for (const spec of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const targetRel = relative(simRoot, resolve(dirname(file), spec)).replace(/\.(ts|js)$/, '') + '.ts';
        if (sharedContracts.has(targetRel.split(sep).join('/'))) continue;
        const to = stageOf(targetRel);
        if (to === null || to === from) continue;
        if (!extraAllowed[from].includes(to)) bad.push(`${rel} (${from}) imports ${spec} (${to})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses no wall clock or Math.random (runs are deterministic)', () => {
    const bad: string[] = [];
    for (const file of simFiles) {
      const rel = relative(root, file);
      if (rel.startsWith(join('src', 'sim', 'cli'))) continue;
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      if (/Math\.random\s*\(|Date\.now\s*\(|performance\.now\s*\(|new Date\s*\(\s*\)/.test(code)) bad.push(rel);
    }
    expect(bad).toEqual([]);
  });
});

describe('src/machines import rules', () => {
  it('imports only xstate, the trace contract and other machines', () => {
    const dir = join(root, 'src/machines');
    let files: string[] = [];
    try { files = walk(dir).filter((f) => !/\.test\.ts$/.test(f)); } catch { files = []; }
    const bad: string[] = [];
    for (const file of files) {
      for (const spec of importsOf(file)) {
        if (spec === 'xstate') continue;
        if (spec.startsWith('.')) {
          const target = relative(root, resolve(dirname(file), spec)).split(sep).join('/');
          if (target.startsWith('src/machines/') || target.startsWith('src/sim/trace/')) continue;
        }
        bad.push(`${relative(root, file)} imports ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
