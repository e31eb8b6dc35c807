'use strict';

const { SYSTEMS, CATEGORIES } = require('./grade-tables');

class GradeError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'GradeError';
    this.code = code;
  }
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

// Per system: its grades in order and, for each grade, the rows of its category it covers.
const INDEX = buildIndex();

function buildIndex() {
  const index = {};
  for (const [category, { systems, rows }] of Object.entries(CATEGORIES)) {
    systems.forEach((system, column) => {
      const grades = [];
      const rowsOf = new Map();
      rows.forEach((row, rowNumber) => {
        const grade = row[column];
        if (grade === null) return;
        if (!rowsOf.has(grade)) {
          grades.push(grade);
          rowsOf.set(grade, { first: rowNumber, last: rowNumber });
        }
        rowsOf.get(grade).last = rowNumber;
      });
      index[system] = { category, column, grades, rowsOf };
    });
  }
  return index;
}

function systemIds() {
  return Object.keys(SYSTEMS);
}

function resolveSystem(name) {
  const wanted = String(name ?? '').trim().toLowerCase();
  for (const [id, system] of Object.entries(SYSTEMS)) {
    if (id === wanted || system.aliases.includes(wanted)) return id;
  }
  const shown = name === undefined || name === '' ? 'nothing' : `"${name}"`;
  throw new GradeError(
    'UNKNOWN_SYSTEM',
    `unknown grade system ${shown}; valid systems: ${systemIds().join(', ')}`,
  );
}

// Maps the spellings climbers write to the table's form: "5.10A", "f6a+", "6+" (UIAA in Arabic numerals),
// "vi−" (typographic minus), "v5", "F7A".
function canonicalSpelling(system, raw) {
  const text = String(raw).trim().replace(/\s+/g, '').replace(/[\u2212\u2013]/g, '-');
  switch (system) {
    case 'yds':
      return text.toLowerCase();
    case 'french':
      return text.toLowerCase().replace(/^f(?=\d)/, '');
    case 'uiaa': {
      const arabic = /^(\d{1,2})([+-]?)$/.exec(text);
      if (arabic && Number(arabic[1]) >= 1 && Number(arabic[1]) <= ROMAN.length) {
        return ROMAN[Number(arabic[1]) - 1] + arabic[2];
      }
      return text.toUpperCase();
    }
    case 'vscale':
      return text.toUpperCase().replace(/^(?=\d)/, 'V');
    case 'font':
      return text.toUpperCase().replace(/^FB?(?=\d)/, '');
    default:
      return text;
  }
}

function normalizeGrade(systemName, raw) {
  const system = resolveSystem(systemName);
  const { grades, rowsOf } = INDEX[system];
  const grade = raw === undefined || raw === null ? '' : canonicalSpelling(system, raw);
  if (!rowsOf.has(grade)) {
    const problem = grade === '' ? `a ${system} grade is required` : `"${raw}" is not a ${system} grade`;
    throw new GradeError('UNKNOWN_GRADE', `${problem}; valid ${system} grades: ${grades.join(', ')}`);
  }
  return grade;
}

function convert(rawGrade, fromName, toName) {
  const from = resolveSystem(fromName);
  const to = resolveSystem(toName);
  const source = INDEX[from];
  const target = INDEX[to];
  if (source.category !== target.category) {
    throw new GradeError(
      'CATEGORY_MISMATCH',
      `cannot convert ${from} to ${to}: ${from} grades ${source.category}s and ${to} grades ${target.category}s, ` +
        `and the two scales do not correspond; route systems: ${CATEGORIES.route.systems.join(', ')}; ` +
        `boulder systems: ${CATEGORIES.boulder.systems.join(', ')}`,
    );
  }
  const grade = normalizeGrade(from, rawGrade);
  const { first, last } = source.rowsOf.get(grade);
  const rows = CATEGORIES[source.category].rows.slice(first, last + 1);
  const equivalents = [...new Set(rows.map((row) => row[target.column]).filter((cell) => cell !== null))];
  if (equivalents.length === 0) {
    throw new GradeError(
      'NO_EQUIVALENT',
      `${grade} (${from}) has no ${to} equivalent in the comparison table; ` +
        `the hardest ${to} grade listed is ${target.grades[target.grades.length - 1]}`,
    );
  }
  return {
    grade,
    from,
    to,
    category: source.category,
    result: equivalents.length === 1 ? equivalents[0] : `${equivalents[0]}/${equivalents[equivalents.length - 1]}`,
    equivalents,
  };
}

function gradesOf(systemName) {
  const system = resolveSystem(systemName);
  return [...INDEX[system].grades];
}

function listSystems() {
  return systemIds().map((id) => ({
    id,
    name: SYSTEMS[id].name,
    category: INDEX[id].category,
    aliases: [...SYSTEMS[id].aliases],
    easiest: INDEX[id].grades[0],
    hardest: INDEX[id].grades[INDEX[id].grades.length - 1],
  }));
}

module.exports = { GradeError, convert, normalizeGrade, resolveSystem, gradesOf, listSystems };
