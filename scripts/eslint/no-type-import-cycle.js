// @ts-check
// `import-x/no-cycle` skips `import type` by design (such an import is erased, so it cannot
// break module initialisation), and has no option to count it. A cycle of types still ties
// the layers together: shared code that names a feature's type depends on that feature. This
// rule reports the cycles `import-x/no-cycle` leaves out, those closed through at least one
// type-only import, so the two rules together forbid every cycle, each reported once.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** @typedef {{ target: string; typeOnly: boolean; line: number; column: number }} Edge */

/** As the workspace's tsconfig.base.json resolves: bundler resolution, extensions allowed. */
const compilerOptions = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.ReactJSX,
};

/** Each file's imports, kept while the file is unchanged (an editor's ESLint lives long). */
/** @type {Map<string, { mtimeMs: number; edges: Edge[] }>} */
const edgeCache = new Map();

/**
 * @param {ts.ImportDeclaration | ts.ExportDeclaration} node
 * @returns {boolean}
 */
function isTypeOnly(node) {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (clause === undefined) return false;
    if (clause.isTypeOnly) return true;
    const bindings = clause.namedBindings;
    return (
      clause.name === undefined &&
      bindings !== undefined &&
      ts.isNamedImports(bindings) &&
      bindings.elements.length > 0 &&
      bindings.elements.every((element) => element.isTypeOnly)
    );
  }
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

/**
 * The project files a file imports: static, re-exported, dynamic and `import('…')` types.
 * Packages from node_modules and what does not resolve to a source file (`?inline` CSS) are left
 * out; workspace packages resolve to their sources, so a cycle across packages is seen too.
 * @param {string} file
 * @returns {Edge[]}
 */
function edgesOf(file) {
  let mtimeMs;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return [];
  }
  const cached = edgeCache.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.edges;

  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  /** @type {Edge[]} */
  const edges = [];
  /** @param {ts.Expression | ts.TypeNode | undefined} specifier @param {boolean} typeOnly */
  const add = (specifier, typeOnly) => {
    let text;
    if (specifier !== undefined && ts.isStringLiteralLike(specifier)) text = specifier.text;
    else if (
      specifier !== undefined &&
      ts.isLiteralTypeNode(specifier) &&
      ts.isStringLiteral(specifier.literal)
    ) {
      text = specifier.literal.text;
    }
    if (text === undefined || specifier === undefined) return;
    const resolved = ts.resolveModuleName(text, file, compilerOptions, ts.sys).resolvedModule;
    if (resolved === undefined || resolved.isExternalLibraryImport === true) return;
    if (
      !/\.(ts|tsx|js|jsx|mjs)$/.test(resolved.resolvedFileName) ||
      resolved.resolvedFileName.endsWith('.d.ts')
    ) {
      return;
    }
    const { line, character } = source.getLineAndCharacterOfPosition(specifier.getStart(source));
    edges.push({
      target: path.resolve(resolved.resolvedFileName),
      typeOnly,
      line: line + 1,
      column: character,
    });
  };
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      add(node.moduleSpecifier, isTypeOnly(node));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node.arguments[0], false);
    } else if (ts.isImportTypeNode(node)) {
      add(node.argument, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  edgeCache.set(file, { mtimeMs, edges });
  return edges;
}

/**
 * The shortest way from `from` back to `to`, following value imports only or every import.
 * @param {string} from
 * @param {string} to
 * @param {boolean} valueOnly
 * @returns {string[] | null} the files on the way, `from` first and `to` last
 */
function pathBetween(from, to, valueOnly) {
  /** @type {Map<string, string | null>} */
  const cameFrom = new Map([[from, null]]);
  const queue = [from];
  for (let index = 0; index < queue.length; index += 1) {
    const file = queue[index];
    if (file === undefined) break;
    if (file === to) {
      const route = [file];
      for (let step = cameFrom.get(file); step != null; step = cameFrom.get(step)) route.unshift(step);
      return route;
    }
    for (const edge of edgesOf(file)) {
      if ((valueOnly && edge.typeOnly) || cameFrom.has(edge.target)) continue;
      cameFrom.set(edge.target, file);
      queue.push(edge.target);
    }
  }
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const noTypeImportCycle = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Forbid import cycles closed through a type-only import (import-x/no-cycle skips those).',
    },
    schema: [],
    messages: { cycle: 'Import cycle through a type-only import: {{route}}' },
  },
  create(context) {
    const file = path.resolve(context.physicalFilename);
    return {
      'Program:exit'() {
        for (const edge of edgesOf(file)) {
          const back = pathBetween(edge.target, file, false);
          if (back === null) continue;
          // A cycle of value imports only is import-x/no-cycle's to report.
          if (!edge.typeOnly && pathBetween(edge.target, file, true) !== null) continue;
          const route = [file, ...back].map((step) => path.relative(context.cwd, step)).join(' → ');
          context.report({
            loc: { line: edge.line, column: edge.column },
            messageId: 'cycle',
            data: { route },
          });
        }
      },
    };
  },
};
