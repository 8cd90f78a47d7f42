import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import areaBoundaries from './eslint-rules/area-boundaries.js';

/**
 * Besides the usual checks, the layer rule of docs/architecture.md: a dependency points down, never up.
 * core never reaches React, Electron, the server or the renderer; db reaches nothing of ours;
 * the renderer reaches core only for schemas, labels and types, never services or the database.
 */
const noUp = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // 全角空格 (U+3000) is ordinary in Chinese text.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name='only']", message: '不要提交 .only 测试' }],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': noUp([
        { group: ['**/core/**', '**/server/**', '**/electron/**', '**/renderer/**'], message: 'db/ 不依赖本项目其他层' },
      ]),
    },
  },
  {
    files: ['core/**/*.ts'],
    plugins: { ylywt: { rules: { 'area-boundaries': areaBoundaries } } },
    rules: {
      'ylywt/area-boundaries': 'error',
      '@typescript-eslint/no-restricted-imports': noUp([
        { group: ['react', 'react-dom', 'react-dom/*', 'antd', 'electron', '**/server/**', '**/electron/**', '**/renderer/**'], message: 'core/ 不依赖界面、Electron 或传输层' },
      ]),
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': noUp([
        { group: ['electron', '**/electron/**', '**/renderer/**'], message: 'server/ 只依赖 core/ 与 db/' },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': noUp([
        {
          group: ['**/server/**', '**/renderer/**', '**/scripts/**', '**/bench/**', '**/tests/**', 'react', 'react-dom', 'react-dom/*', 'antd'],
          message: 'electron/ 只依赖 core/ 与 db/',
        },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': noUp([
        { group: ['**/db/**', '**/server/**', '**/electron/**', 'better-sqlite3', 'node:*'], message: 'renderer/ 不能直接访问数据库或 Node' },
        {
          // Schemas, labels and pure helpers only; anything else from core is reached through api.call.
          regex: '(^|/)core/(?!(.+/schema|.+/access|shared/(fields|idcard|dates|errors|schemaFields|jsonBody)|shared/roles|filings/printPage)\\.ts$)',
          allowTypeImports: true,
          message: 'renderer/ 只能引用 core 的 schema、常量和类型，业务逻辑要经 api.call 调用',
        },
      ]),
    },
  },
);
