import { dirname, relative, resolve, sep } from 'node:path';

/**
 * core/ is one folder per area. An area reaches another only through what that area publishes:
 * its schema.ts (inputs, labels, types), queries.ts (reads), access.ts (role groups) and define.ts (what
 * other areas declare with it), plus the one write helper core/audit/audited.ts. Composition happens in
 * handlers.ts files and in the composition roots (the API table, the demo seed, boot, the filing registry).
 * Type-only imports are free: they couple no behaviour. core/shared/ is everyone's.
 */
const PUBLIC_MODULES = new Set(['schema.ts', 'queries.ts', 'access.ts', 'define.ts']);
const PUBLIC_FILES = new Set(['audit/audited.ts']);
const COMPOSITION_ROOTS = [/^api\//, /^demo\//, /^system\/boot\.ts$/, /^system\/runtime\.ts$/, /^filings\/registry\.ts$/];
const SHARED = new Set(['shared']);

const coreRoot = resolve(import.meta.dirname, '..', 'core');

function inCore(file) {
  const rel = relative(coreRoot, file);
  return rel.startsWith('..') || rel === '' ? null : rel.split(sep).join('/');
}

const areaOf = (rel) => rel.split('/')[0];

export default {
  meta: {
    type: 'problem',
    docs: { description: 'core/ areas import each other only through published modules' },
    schema: [],
    messages: {
      internal:
        '领域 {{from}} 不能直接引用 {{to}} 的内部文件 {{file}}：读数据请用 core/{{to}}/queries.ts，组合写操作请放在 handlers.ts 中（见 docs/architecture.md）',
    },
  },
  create(context) {
    const file = inCore(context.filename);
    if (file === null) return {};
    const from = areaOf(file);
    if (file.endsWith('.test.ts') || COMPOSITION_ROOTS.some((r) => r.test(file)) || file.endsWith('/handlers.ts')) return {};

    function check(node, source, typeOnly) {
      if (typeOnly || typeof source !== 'string' || !source.startsWith('.')) return;
      const target = inCore(resolve(dirname(context.filename), source));
      if (target === null) return;
      const to = areaOf(target);
      if (to === from || SHARED.has(to) || PUBLIC_FILES.has(target)) return;
      const base = target.split('/').at(-1);
      if (PUBLIC_MODULES.has(base)) return;
      context.report({ node, messageId: 'internal', data: { from, to, file: `core/${target}` } });
    }

    const allTypes = (node) =>
      node.importKind === 'type' ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === 'type' || s.exportKind === 'type'));

    return {
      ImportDeclaration: (node) => check(node, node.source.value, allTypes(node)),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value, false),
    };
  },
};
