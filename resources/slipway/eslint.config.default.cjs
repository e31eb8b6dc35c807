// The ESLint config slipway analyse uses when the app has none: ESLint's recommended rules for Node.js code.
// No imports on purpose, so it loads wherever ESLint runs (slipway's own, the app's, or `npx eslint@9`).
// The rule list is @eslint/js 9 "recommended"; the globals are Node's (globals package, "node").
'use strict';

const recommended = [
  'constructor-super', 'for-direction', 'getter-return', 'no-async-promise-executor', 'no-case-declarations',
  'no-class-assign', 'no-compare-neg-zero', 'no-cond-assign', 'no-const-assign',
  'no-constant-binary-expression', 'no-constant-condition', 'no-control-regex', 'no-debugger', 'no-delete-var',
  'no-dupe-args', 'no-dupe-class-members', 'no-dupe-else-if', 'no-dupe-keys', 'no-duplicate-case', 'no-empty',
  'no-empty-character-class', 'no-empty-pattern', 'no-empty-static-block', 'no-ex-assign',
  'no-extra-boolean-cast', 'no-fallthrough', 'no-func-assign', 'no-global-assign', 'no-import-assign',
  'no-invalid-regexp', 'no-irregular-whitespace', 'no-loss-of-precision', 'no-misleading-character-class',
  'no-new-native-nonconstructor', 'no-nonoctal-decimal-escape', 'no-obj-calls', 'no-octal',
  'no-prototype-builtins', 'no-redeclare', 'no-regex-spaces', 'no-self-assign', 'no-setter-return',
  'no-shadow-restricted-names', 'no-sparse-arrays', 'no-this-before-super', 'no-undef',
  'no-unexpected-multiline', 'no-unreachable', 'no-unsafe-finally', 'no-unsafe-negation',
  'no-unsafe-optional-chaining', 'no-unused-labels', 'no-unused-private-class-members', 'no-unused-vars',
  'no-useless-backreference', 'no-useless-catch', 'no-useless-escape', 'no-with', 'require-yield', 'use-isnan',
  'valid-typeof',
];

const nodeGlobals = [
  'AbortController', 'AbortSignal', 'Blob', 'BroadcastChannel', 'Buffer', 'ByteLengthQueuingStrategy',
  'CloseEvent', 'CompressionStream', 'CountQueuingStrategy', 'Crypto', 'CryptoKey', 'CustomEvent',
  'DOMException', 'DecompressionStream', 'ErrorEvent', 'Event', 'EventTarget', 'File', 'FormData', 'Headers',
  'MessageChannel', 'MessageEvent', 'MessagePort', 'Navigator', 'Performance', 'PerformanceEntry',
  'PerformanceMark', 'PerformanceMeasure', 'PerformanceObserver', 'PerformanceObserverEntryList',
  'PerformanceResourceTiming', 'QuotaExceededError', 'ReadableByteStreamController', 'ReadableStream',
  'ReadableStreamBYOBReader', 'ReadableStreamBYOBRequest', 'ReadableStreamDefaultController',
  'ReadableStreamDefaultReader', 'Request', 'Response', 'Storage', 'SubtleCrypto', 'Temporal', 'TextDecoder',
  'TextDecoderStream', 'TextEncoder', 'TextEncoderStream', 'TransformStream',
  'TransformStreamDefaultController', 'URL', 'URLPattern', 'URLSearchParams', 'WebAssembly', 'WebSocket',
  'WritableStream', 'WritableStreamDefaultController', 'WritableStreamDefaultWriter', 'atob', 'btoa',
  'clearImmediate', 'clearInterval', 'clearTimeout', 'console', 'crypto', 'fetch', 'global', 'localStorage',
  'navigator', 'performance', 'process', 'queueMicrotask', 'sessionStorage', 'setImmediate', 'setInterval',
  'setTimeout', 'structuredClone',
];

const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));
const commonjs = { require: 'readonly', module: 'writable', exports: 'writable', __dirname: 'readonly', __filename: 'readonly' };

module.exports = [
  { ignores: ['node_modules/**', 'coverage/**', 'dist/**', 'build/**'] },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs', globals: { ...readonly(nodeGlobals), ...commonjs } },
    rules: Object.fromEntries(recommended.map((rule) => [rule, 'error'])),
  },
  // ES modules: .mjs always; .js too when package.json says "type": "module" (slipway adds that override)
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
];
