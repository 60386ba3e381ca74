/**
 * This file defines the syntax tree of a Go source file.
 *
 * It mirrors go/ast (https://pkg.go.dev/go/ast): every node type keeps go/ast's name as its `kind`
 * and go/ast's field names in camelCase, so a reader who knows go/ast (or the Go spec) can find
 * their way. Nodes are plain objects (serialisable, no methods); the parser is the only producer.
 *
 * Invariants:
 * - Every node has `pos` and `end`: byte offsets into the source text (0-based, `end` exclusive).
 *   Turn an offset into line:col with `SourceFile.position(offset)` (syntax/source.ts).
 * - A node that failed to parse is a `BadExpr`/`BadStmt`/`BadDecl`, never an exception.
 * - Optional children are `null`, never `undefined`, so a missing piece is visible in a dump.
 * - `id` is unique within one parsed file and stable for the same source text: later stages key
 *   their side tables (types, escape verdicts, compiled positions) by node, not by index.
 */

export type Pos = number;

interface NodeBase {
  readonly id: number;
  readonly pos: Pos;
  readonly end: Pos;
}

// ---- Comments ---------------------------------------------------------------------------------

export interface Comment extends NodeBase {
  kind: 'Comment';
  text: string; // including the // or /* */ markers
}

// ---- Expressions and types ----------------------------------------------------------------------

/** https://go.dev/ref/spec#Identifiers */
export interface Ident extends NodeBase {
  kind: 'Ident';
  name: string;
}

/** https://go.dev/ref/spec#Operands — a literal of a basic type, spelled as in the source. */
export interface BasicLit extends NodeBase {
  kind: 'BasicLit';
  litKind: 'INT' | 'FLOAT' | 'IMAG' | 'CHAR' | 'STRING';
  value: string; // the literal's source text, e.g. `0x1F`, `'a'`, `"hi\n"`, "`raw`"
  /** Added by the parser: true when the literal is malformed and an error was already reported (gc's BasicLit.Bad); absent otherwise. */
  bad?: boolean;
}

/** https://go.dev/ref/spec#Composite_literals — `type` is null when elided inside another literal. */
export interface CompositeLit extends NodeBase {
  kind: 'CompositeLit';
  type: Expr | null;
  lbrace: Pos;
  elts: Expr[]; // KeyValueExpr for keyed elements
  rbrace: Pos;
  incomplete: boolean;
}

/** https://go.dev/ref/spec#Function_literals */
export interface FuncLit extends NodeBase {
  kind: 'FuncLit';
  type: FuncType;
  body: BlockStmt;
}

export interface ParenExpr extends NodeBase {
  kind: 'ParenExpr';
  x: Expr;
}

/** https://go.dev/ref/spec#Selectors — also qualified identifiers (`fmt.Println`). */
export interface SelectorExpr extends NodeBase {
  kind: 'SelectorExpr';
  x: Expr;
  sel: Ident;
}

/** https://go.dev/ref/spec#Index_expressions — also a generic instantiation with one type argument. */
export interface IndexExpr extends NodeBase {
  kind: 'IndexExpr';
  x: Expr;
  lbrack: Pos;
  index: Expr;
  rbrack: Pos;
}

/** A generic instantiation with several type arguments: `Map[K, V]`. */
export interface IndexListExpr extends NodeBase {
  kind: 'IndexListExpr';
  x: Expr;
  lbrack: Pos;
  indices: Expr[];
  rbrack: Pos;
}

/** https://go.dev/ref/spec#Slice_expressions */
export interface SliceExpr extends NodeBase {
  kind: 'SliceExpr';
  x: Expr;
  lbrack: Pos;
  low: Expr | null;
  high: Expr | null;
  max: Expr | null;
  slice3: boolean;
  rbrack: Pos;
}

/** https://go.dev/ref/spec#Type_assertions — `type` is null for `x.(type)` in a type switch. */
export interface TypeAssertExpr extends NodeBase {
  kind: 'TypeAssertExpr';
  x: Expr;
  lparen: Pos;
  type: Expr | null;
  rparen: Pos;
}

/** https://go.dev/ref/spec#Calls — also conversions and builtin calls; `ellipsis` is the position of `...` or -1. */
export interface CallExpr extends NodeBase {
  kind: 'CallExpr';
  fun: Expr;
  lparen: Pos;
  args: Expr[];
  ellipsis: Pos;
  rparen: Pos;
}

/** `*x`: a pointer type or an indirection, decided by the type checker. */
export interface StarExpr extends NodeBase {
  kind: 'StarExpr';
  x: Expr;
}

export type UnaryOp = '+' | '-' | '!' | '^' | '*' | '&' | '<-' | '~';

/** https://go.dev/ref/spec#Operators — `op` is the operator's spelling. `~T` in constraints is a UnaryExpr too. */
export interface UnaryExpr extends NodeBase {
  kind: 'UnaryExpr';
  opPos: Pos;
  op: UnaryOp;
  x: Expr;
}

export type BinaryOp =
  | '||' | '&&'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '+' | '-' | '|' | '^'
  | '*' | '/' | '%' | '<<' | '>>' | '&' | '&^';

export interface BinaryExpr extends NodeBase {
  kind: 'BinaryExpr';
  x: Expr;
  opPos: Pos;
  op: BinaryOp;
  y: Expr;
}

export interface KeyValueExpr extends NodeBase {
  kind: 'KeyValueExpr';
  key: Expr;
  colon: Pos;
  value: Expr;
}

/** `[N]T`, `[...]T` (len is an Ellipsis) or `[]T` (len null). */
export interface ArrayType extends NodeBase {
  kind: 'ArrayType';
  len: Expr | null;
  elt: Expr;
}

/** `...T` in a parameter list, or `[...]` in an array type (elt null). */
export interface Ellipsis extends NodeBase {
  kind: 'Ellipsis';
  elt: Expr | null;
}

/** A field, parameter, result, method or embedded type; `names` is empty for anonymous/embedded ones. */
export interface Field extends NodeBase {
  kind: 'Field';
  names: Ident[];
  type: Expr;
  tag: BasicLit | null;
}

export interface FieldList extends NodeBase {
  kind: 'FieldList';
  opening: Pos; // -1 when there is no opening paren/brace (a single unparenthesised result)
  list: Field[];
  closing: Pos;
}

export interface StructType extends NodeBase {
  kind: 'StructType';
  fields: FieldList;
}

/** `typeParams` is null for non-generic functions and for function types/literals. */
export interface FuncType extends NodeBase {
  kind: 'FuncType';
  func: Pos; // position of the `func` keyword, or -1 for a method in an interface / a FuncDecl uses the decl's
  typeParams: FieldList | null;
  params: FieldList;
  results: FieldList | null;
}

/**
 * Interface elements: a Field with one name and a FuncType is a method; a Field with no names
 * is an embedded element (a type name, a `~T`, or a union `A | ~B` as BinaryExpr with op '|').
 */
export interface InterfaceType extends NodeBase {
  kind: 'InterfaceType';
  methods: FieldList;
}

export interface MapType extends NodeBase {
  kind: 'MapType';
  key: Expr;
  value: Expr;
}

export type ChanDir = 'both' | 'send' | 'recv';

export interface ChanType extends NodeBase {
  kind: 'ChanType';
  arrow: Pos; // -1 when there is no arrow
  dir: ChanDir;
  value: Expr;
}

export interface BadExpr extends NodeBase {
  kind: 'BadExpr';
}

export type Expr =
  | Ident | BasicLit | CompositeLit | FuncLit | ParenExpr | SelectorExpr | IndexExpr | IndexListExpr
  | SliceExpr | TypeAssertExpr | CallExpr | StarExpr | UnaryExpr | BinaryExpr | KeyValueExpr
  | ArrayType | Ellipsis | StructType | FuncType | InterfaceType | MapType | ChanType | BadExpr;

// ---- Statements ---------------------------------------------------------------------------------

/** `x`: the operand of a `go`/`defer` that is not a call, kept so the checker can mark its uses
 *  (types2 stmt.go suspendedCall: check.use). Absent for other bad statements. */
export interface BadStmt extends NodeBase { kind: 'BadStmt'; x?: Expr; }
export interface DeclStmt extends NodeBase { kind: 'DeclStmt'; decl: GenDecl; }
/** `implicit` is true for the empty statement the parser inserts (e.g. before a missing `}`). */
export interface EmptyStmt extends NodeBase { kind: 'EmptyStmt'; implicit: boolean; }
export interface LabeledStmt extends NodeBase { kind: 'LabeledStmt'; label: Ident; colon: Pos; stmt: Stmt; }
export interface ExprStmt extends NodeBase { kind: 'ExprStmt'; x: Expr; }
/** https://go.dev/ref/spec#Send_statements */
export interface SendStmt extends NodeBase { kind: 'SendStmt'; chan: Expr; arrow: Pos; value: Expr; }
export interface IncDecStmt extends NodeBase { kind: 'IncDecStmt'; x: Expr; tokPos: Pos; tok: '++' | '--'; }

export type AssignTok =
  | '=' | ':='
  | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '&^=';

/** https://go.dev/ref/spec#Assignment_statements and short variable declarations. */
export interface AssignStmt extends NodeBase {
  kind: 'AssignStmt';
  lhs: Expr[];
  tokPos: Pos;
  tok: AssignTok;
  rhs: Expr[];
}

/** https://go.dev/ref/spec#Go_statements */
export interface GoStmt extends NodeBase { kind: 'GoStmt'; call: CallExpr; }
/** https://go.dev/ref/spec#Defer_statements */
export interface DeferStmt extends NodeBase { kind: 'DeferStmt'; call: CallExpr; }
export interface ReturnStmt extends NodeBase { kind: 'ReturnStmt'; results: Expr[]; }
/** break, continue, goto, fallthrough; `label` is null when absent. */
export interface BranchStmt extends NodeBase {
  kind: 'BranchStmt';
  tok: 'break' | 'continue' | 'goto' | 'fallthrough';
  label: Ident | null;
}
export interface BlockStmt extends NodeBase { kind: 'BlockStmt'; lbrace: Pos; list: Stmt[]; rbrace: Pos; }
export interface IfStmt extends NodeBase {
  kind: 'IfStmt';
  init: Stmt | null;
  cond: Expr;
  body: BlockStmt;
  else: IfStmt | BlockStmt | null;
}
/** A case of an expression or type switch; `list` is null for `default`. */
export interface CaseClause extends NodeBase {
  kind: 'CaseClause';
  list: Expr[] | null;
  colon: Pos;
  body: Stmt[];
}
export interface SwitchStmt extends NodeBase {
  kind: 'SwitchStmt';
  init: Stmt | null;
  tag: Expr | null;
  body: BlockStmt; // list holds CaseClause only
}
/** `assign` is `x := y.(type)` (AssignStmt) or `y.(type)` (ExprStmt). */
export interface TypeSwitchStmt extends NodeBase {
  kind: 'TypeSwitchStmt';
  init: Stmt | null;
  assign: AssignStmt | ExprStmt;
  body: BlockStmt; // list holds CaseClause only
}
/** A case of a select statement; `comm` is null for `default`. */
export interface CommClause extends NodeBase {
  kind: 'CommClause';
  comm: SendStmt | ExprStmt | AssignStmt | null;
  colon: Pos;
  body: Stmt[];
}
export interface SelectStmt extends NodeBase {
  kind: 'SelectStmt';
  body: BlockStmt; // list holds CommClause only
}
export interface ForStmt extends NodeBase {
  kind: 'ForStmt';
  init: Stmt | null;
  cond: Expr | null;
  post: Stmt | null;
  body: BlockStmt;
}
/** https://go.dev/ref/spec#For_range — `tok` is null for `for range x`; key/value null when absent. */
export interface RangeStmt extends NodeBase {
  kind: 'RangeStmt';
  key: Expr | null;
  value: Expr | null;
  tokPos: Pos;
  tok: '=' | ':=' | null;
  x: Expr;
  body: BlockStmt;
}

export type Stmt =
  | BadStmt | DeclStmt | EmptyStmt | LabeledStmt | ExprStmt | SendStmt | IncDecStmt | AssignStmt
  | GoStmt | DeferStmt | ReturnStmt | BranchStmt | BlockStmt | IfStmt | CaseClause | SwitchStmt
  | TypeSwitchStmt | CommClause | SelectStmt | ForStmt | RangeStmt;

// ---- Declarations -------------------------------------------------------------------------------

export interface ImportSpec extends NodeBase {
  kind: 'ImportSpec';
  name: Ident | null; // `.`, `_` or a renaming
  path: BasicLit;
}
/** One line of a const or var declaration. For consts, an omitted type/values repeats the previous spec (iota). */
export interface ValueSpec extends NodeBase {
  kind: 'ValueSpec';
  names: Ident[];
  type: Expr | null;
  values: Expr[];
  iota: number; // the spec's index in its const group (0 for vars)
}
/** `assign` is the position of `=` in an alias declaration, or -1. */
export interface TypeSpec extends NodeBase {
  kind: 'TypeSpec';
  name: Ident;
  typeParams: FieldList | null;
  assign: Pos;
  type: Expr;
}
export type Spec = ImportSpec | ValueSpec | TypeSpec;

export interface BadDecl extends NodeBase { kind: 'BadDecl'; }
/** `lparen` is -1 for an ungrouped declaration. */
export interface GenDecl extends NodeBase {
  kind: 'GenDecl';
  tok: 'import' | 'const' | 'type' | 'var';
  lparen: Pos;
  specs: Spec[];
  rparen: Pos;
}
/** `recv` is null for functions; `body` is null for a declaration without a body. */
export interface FuncDecl extends NodeBase {
  kind: 'FuncDecl';
  recv: FieldList | null;
  name: Ident;
  type: FuncType;
  body: BlockStmt | null;
}
export type Decl = BadDecl | GenDecl | FuncDecl;

export interface File extends NodeBase {
  kind: 'File';
  package: Pos;
  name: Ident;
  decls: Decl[];
  imports: ImportSpec[];
  comments: Comment[];
}

export type Node = Expr | Stmt | Decl | Spec | Field | FieldList | File | Comment;

export function isExpr(n: Node): n is Expr {
  switch (n.kind) {
    case 'Ident': case 'BasicLit': case 'CompositeLit': case 'FuncLit': case 'ParenExpr':
    case 'SelectorExpr': case 'IndexExpr': case 'IndexListExpr': case 'SliceExpr':
    case 'TypeAssertExpr': case 'CallExpr': case 'StarExpr': case 'UnaryExpr': case 'BinaryExpr':
    case 'KeyValueExpr': case 'ArrayType': case 'Ellipsis': case 'StructType': case 'FuncType':
    case 'InterfaceType': case 'MapType': case 'ChanType': case 'BadExpr':
      return true;
    default:
      return false;
  }
}
