// This file tests dump.ts, the AST printer every later stage can use to show what parsing produced.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/sim/syntax/parse';
import { dump } from '../../../src/sim/syntax/dump';

describe('dump', () => {
  it('prints nodes with kinds, scalar fields, spans and null children', () => {
    const src = 'package main\n\nfunc f(x int) { x++ }\n';
    const { file } = parseFile(src);
    expect(dump(file, src)).toBe(
      [
        'File 1:1-3:22 package=1:1',
        '  name: Ident 1:9-1:13 name="main"',
        '  decls[0]: FuncDecl 3:1-3:22',
        '    recv: null',
        '    name: Ident 3:6-3:7 name="f"',
        '    type: FuncType 3:1-3:14 func=3:1',
        '      typeParams: null',
        '      params: FieldList 3:7-3:14 opening=3:7 closing=3:13',
        '        list[0]: Field 3:8-3:13',
        '          names[0]: Ident 3:8-3:9 name="x"',
        '          type: Ident 3:10-3:13 name="int"',
        '          tag: null',
        '      results: null',
        '    body: BlockStmt 3:15-3:22 lbrace=3:15 rbrace=3:21',
        '      list[0]: IncDecStmt 3:17-3:20 tokPos=3:18 tok="++"',
        '        x: Ident 3:17-3:18 name="x"',
        '  imports: []',
        '  comments: []',
        '',
      ].join('\n'),
    );
  });

  it('can print ids and raw offsets', () => {
    const src = 'package p\n';
    expect(dump(parseFile(src).file, src, { ids: true, offsets: true })).toContain('File#');
    expect(dump(parseFile(src).file, src, { offsets: true })).toContain('name: Ident 8-9 name="p"');
  });
});
