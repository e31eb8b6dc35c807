// The Datadog spec fragment (test/fixtures/datadog/monitor-openapi.yaml, Datadog's published monitor API schema as
// shared with the project) made executable for the stand-in: its operations,
// and ajv validators for request bodies (read-only fields refused), parameters and responses (OpenAPI 3: nullable, $ref).
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';

// kept in the repository, so a clone anywhere runs the tests
export const SPEC_FILE = path.resolve(__dirname, '../fixtures/datadog/monitor-openapi.yaml');

// request and response bodies are free-form JSON checked by the schemas, not by the type system
export type Json = any;

export interface Operation {
  method: string;
  template: string;
  regex: RegExp;
  pathParams: string[];
  op: Json;
}

export interface LoadedSpec {
  ops: Operation[];
  validateRequest: (key: string, data: unknown) => string[];
  validateSchema: (schema: Json, data: unknown) => string[];
  unresolved: string[];
  doc: Json;
}

let loaded: LoadedSpec | undefined;
export function loadSpec(): LoadedSpec {
  if (loaded) return loaded;
  if (!fs.existsSync(SPEC_FILE)) throw new Error(`the Datadog spec ${SPEC_FILE} is missing: restore it from git (it is Datadog's published monitor API schema)`);
  const doc = parseYaml(fs.readFileSync(SPEC_FILE, 'utf8')) as Json;
  const unresolved = new Set<string>();
  // the fragment leaves some referenced schemas out (Creator, MonitorState, …): they accept anything
  const patch = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(patch);
    if (!node || typeof node !== 'object') return node;
    if (typeof node.$ref === 'string') {
      const [, kind, name] = /^#\/components\/(\w+)\/(.+)$/.exec(node.$ref) ?? [];
      if (!kind || !doc.components?.[kind]?.[name]) {
        unresolved.add(node.$ref);
        return { description: `not in the spec fragment: ${node.$ref}` };
      }
      return { $ref: `${SPEC_ID}${node.$ref}` };
    }
    const out: Json = {};
    for (const [k, v] of Object.entries(node)) out[k] = patch(v);
    return out;
  };
  const components = patch(doc.components);
  const make = (rejectReadOnly: boolean) => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
    ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
    ajv.addFormat('double', { type: 'number', validate: () => true });
    ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:?\d\d)$/);
    if (rejectReadOnly) {
      // a read-only field (id, created, overall_state, …) has no place in a request body
      ajv.removeKeyword('readOnly');
      ajv.addKeyword({ keyword: 'readOnly', schemaType: 'boolean', validate: (ro: boolean) => !ro, errors: false });
    }
    ajv.addSchema({ $id: SPEC_ID, components }, SPEC_ID);
    return ajv;
  };
  const reqAjv = make(true);
  const resAjv = make(false);
  const cache = new Map<string, ValidateFunction>();
  const compiled = (ajv: Ajv, key: string, schema: Json) => {
    let v = cache.get(key);
    if (!v) {
      v = ajv.compile(patch(schema));
      cache.set(key, v);
    }
    return v;
  };
  const ops: Operation[] = [];
  for (const [template, item] of Object.entries<Json>(doc.paths)) {
    const pathParams: string[] = [];
    const regex = new RegExp(`^${template.replace(/\{(\w+)\}/g, (_, p) => (pathParams.push(p), '([^/]+)'))}$`);
    for (const method of ['get', 'post', 'put', 'delete', 'patch']) {
      if (item[method]) ops.push({ method: method.toUpperCase(), template, regex, pathParams, op: item[method] });
    }
  }
  loaded = {
    doc,
    ops,
    unresolved: [...unresolved],
    validateRequest: (key, data) => {
      const [method, template] = key.split(' ');
      const op = ops.find((o) => o.method === method && o.template === template)!;
      const v = compiled(reqAjv, `req ${key}`, op.op.requestBody.content['application/json'].schema);
      return v(data) ? [] : describe(v.errors);
    },
    validateSchema: (schema, data) => {
      const v = compiled(resAjv, `res ${JSON.stringify(schema)}`, schema);
      return v(data) ? [] : describe(v.errors);
    },
  };
  return loaded;
}

const SPEC_ID = 'https://standin.invalid/datadog-openapi.json';

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const at = e.instancePath || '(body)';
    if (e.keyword === 'readOnly') return `${at} is read-only and cannot be sent`;
    if (e.keyword === 'enum') return `${at} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    return `${at} ${e.message}`;
  });
}

export function coerce(value: string, schema: Json): unknown {
  if (schema?.type === 'integer' || schema?.type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (schema?.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

