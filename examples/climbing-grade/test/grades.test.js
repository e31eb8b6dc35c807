'use strict';

const { describe, test } = require('node:test');
const assert = require('node:assert/strict');
const { convert, gradesOf, listSystems, normalizeGrade, resolveSystem, GradeError } = require('../src/grades');
const { CATEGORIES } = require('../src/grade-tables');

describe('grades: published correspondences', () => {
  const cases = [
    // grade, from, to, expected result — rows of Wikipedia's "Grade (climbing)" comparison tables
    ['5.10a', 'yds', 'french', '6a'],
    ['5.10d', 'yds', 'french', '6b+'],
    ['5.11d', 'yds', 'french', '7a'],
    ['5.12a', 'yds', 'french', '7a+'],
    ['5.13b', 'yds', 'french', '8a'],
    ['5.14d', 'yds', 'french', '9a'],
    ['5.15d', 'yds', 'french', '9c'],
    ['5.9', 'yds', 'uiaa', 'VI'],
    ['6c', 'french', 'yds', '5.11a/5.11b'],
    ['7c+', 'french', 'yds', '5.13a'],
    ['9a', 'french', 'uiaa', 'XI'],
    ['6b', 'french', 'uiaa', 'VII'],
    ['VII', 'uiaa', 'french', '6b'],
    ['X-', 'uiaa', 'yds', '5.13c'],
    ['VIII-', 'uiaa', 'french', '6c/6c+'],
    ['IV', 'uiaa', 'yds', '5.4'],
    ['V6', 'vscale', 'font', '7A'],
    ['V8', 'vscale', 'font', '7B/7B+'],
    ['V0', 'vscale', 'font', '4/4+'],
    ['VB', 'vscale', 'font', '3'],
    ['V17', 'vscale', 'font', '9A'],
    ['8A', 'font', 'vscale', 'V11'],
    ['8C+', 'font', 'vscale', 'V16'],
    ['6B+', 'font', 'vscale', 'V4'],
  ];
  for (const [grade, from, to, expected] of cases) {
    test(`${from} ${grade} converts to ${to} ${expected}`, () => {
      assert.equal(convert(grade, from, to).result, expected);
    });
  }

  test('a grade spanning several rows lists every equivalent from easiest to hardest', () => {
    assert.deepEqual(convert('V5', 'vscale', 'font').equivalents, ['6C', '6C+']);
    assert.deepEqual(convert('1', 'french', 'yds').equivalents, ['5.0', '5.1']);
  });

  test('converting within one system gives the grade back', () => {
    assert.equal(convert('7b+', 'french', 'french').result, '7b+');
  });

  test('the result names the canonical grade, systems and category', () => {
    assert.deepEqual(convert('5.10A', 'YDS', 'French'), {
      grade: '5.10a',
      from: 'yds',
      to: 'french',
      category: 'route',
      result: '6a',
      equivalents: ['6a'],
    });
  });
});

describe('grades: spellings climbers write', () => {
  const spellings = [
    ['yds', '5.10A', '5.10a'],
    ['yds', ' 5.12c ', '5.12c'],
    ['french', 'F6A+', '6a+'],
    ['french', 'f7c', '7c'],
    ['uiaa', 'vi+', 'VI+'],
    ['uiaa', '7-', 'VII-'],
    ['uiaa', '10', 'X'],
    ['uiaa', 'VIII\u2212', 'VIII-'],
    ['vscale', 'v10', 'V10'],
    ['vscale', 'vb', 'VB'],
    ['vscale', '4', 'V4'],
    ['font', '7a+', '7A+'],
    ['font', 'f8b', '8B'],
    ['font', 'Fb6c', '6C'],
  ];
  for (const [system, written, canonical] of spellings) {
    test(`${system} reads "${written}" as ${canonical}`, () => {
      assert.equal(normalizeGrade(system, written), canonical);
    });
  }

  test('system names are case-insensitive and have the usual aliases', () => {
    assert.equal(resolveSystem('YDS'), 'yds');
    assert.equal(resolveSystem('V-Scale'), 'vscale');
    assert.equal(resolveSystem('hueco'), 'vscale');
    assert.equal(resolveSystem('Fontainebleau'), 'font');
    assert.equal(convert('V4', 'hueco', 'fontainebleau').result, '6B/6B+');
  });
});

describe('grades: round trips and order', () => {
  const pairs = [];
  for (const { systems } of Object.values(CATEGORIES)) {
    for (const from of systems) for (const to of systems) if (from !== to) pairs.push([from, to]);
  }

  for (const [from, to] of pairs) {
    test(`every ${from} grade comes back from each of its ${to} equivalents`, () => {
      for (const grade of gradesOf(from)) {
        let there;
        try {
          there = convert(grade, from, to);
        } catch (err) {
          assert.equal(err.code, 'NO_EQUIVALENT', `${grade}: ${err.message}`);
          continue;
        }
        for (const equivalent of there.equivalents) {
          assert.ok(
            convert(equivalent, to, from).equivalents.includes(grade),
            `${from} ${grade} → ${to} ${equivalent} → ${from} ${convert(equivalent, to, from).result}`,
          );
        }
      }
    });

    test(`harder ${from} grades never convert to easier ${to} grades`, () => {
      const order = gradesOf(to);
      let previous = -1;
      for (const grade of gradesOf(from)) {
        let equivalents;
        try {
          equivalents = convert(grade, from, to).equivalents;
        } catch {
          continue;
        }
        const position = order.indexOf(equivalents[0]);
        assert.ok(position >= previous, `${from} ${grade} → ${to} ${equivalents[0]} goes back down`);
        previous = position;
      }
    });
  }

  test('each grade occupies one unbroken run of rows in the comparison table', () => {
    for (const { systems, rows } of Object.values(CATEGORIES)) {
      systems.forEach((system, column) => {
        const seen = new Set();
        let previous;
        for (const row of rows) {
          const grade = row[column];
          if (grade === previous) continue;
          assert.ok(grade === null || !seen.has(grade), `${system} ${grade} appears in two separate places`);
          seen.add(grade);
          previous = grade;
        }
      });
    }
  });

  test('the scales cover the full published ranges', () => {
    const ranges = Object.fromEntries(listSystems().map((s) => [s.id, [s.easiest, s.hardest, gradesOf(s.id).length]]));
    assert.deepEqual(ranges, {
      yds: ['5.0', '5.15d', 34],
      french: ['1', '9c+', 33],
      uiaa: ['I', 'XII+', 31],
      vscale: ['VB', 'V17', 19],
      font: ['3', '9A', 24],
    });
  });
});

describe('grades: errors', () => {
  function gradeError(fn) {
    try {
      fn();
    } catch (err) {
      assert.ok(err instanceof GradeError, `expected a GradeError, got ${err}`);
      return err;
    }
    assert.fail('expected an error');
  }

  test('converting a route grade to a boulder system is refused with the reason', () => {
    const err = gradeError(() => convert('5.12a', 'yds', 'font'));
    assert.equal(err.code, 'CATEGORY_MISMATCH');
    assert.match(err.message, /cannot convert yds to font/);
    assert.match(err.message, /route systems: yds, french, uiaa; boulder systems: vscale, font/);
  });

  test('converting a boulder grade to a route system is refused too', () => {
    assert.equal(gradeError(() => convert('V5', 'vscale', 'french')).code, 'CATEGORY_MISMATCH');
  });

  test('an unknown grade is named and the valid grades listed', () => {
    const err = gradeError(() => convert('5.16a', 'yds', 'french'));
    assert.equal(err.code, 'UNKNOWN_GRADE');
    assert.match(err.message, /"5\.16a" is not a yds grade; valid yds grades: 5\.0, 5\.1, .*5\.15d$/);
  });

  test('a French route grade given as YDS is not guessed at', () => {
    assert.match(gradeError(() => convert('6a', 'yds', 'french')).message, /"6a" is not a yds grade/);
  });

  test('an unknown system is named and the valid systems listed', () => {
    const err = gradeError(() => convert('5.10a', 'ewbank', 'french'));
    assert.equal(err.code, 'UNKNOWN_SYSTEM');
    assert.equal(err.message, 'unknown grade system "ewbank"; valid systems: yds, french, uiaa, vscale, font');
  });

  test('a missing grade says one is required', () => {
    assert.match(gradeError(() => convert('', 'font', 'vscale')).message, /^a font grade is required; valid font grades: 3, 4/);
  });

  test('a grade beyond the other scale says there is no equivalent', () => {
    const err = gradeError(() => convert('9c+', 'french', 'yds'));
    assert.equal(err.code, 'NO_EQUIVALENT');
    assert.match(err.message, /9c\+ \(french\) has no yds equivalent.*hardest yds grade listed is 5\.15d/);
  });
});
