'use strict';

const { convert, gradesOf, listSystems, GradeError, resolveSystem } = require('./grades');
const { HttpError } = require('./http-json');

const NEW_FEATURE_FLAG = 'myflag';

function gradeErrorToHttp(err) {
  if (err instanceof GradeError) return new HttpError(400, err.message);
  return err;
}

function appRoutes({ flags, faults, version, revision }) {
  return [
    {
      method: 'GET',
      path: '/',
      handle: () => ({
        status: 200,
        body: {
          name: 'climbing-grade',
          version,
          routes: [
            'GET /health',
            'GET /systems',
            'GET /grades/:system',
            'GET /convert?grade=5.10a&from=yds&to=french',
            'GET /newfeature',
          ],
        },
      }),
    },
    {
      method: 'GET',
      path: '/health',
      handle: () => {
        const { stale, source } = flags.status();
        const ok = faults.healthOk;
        return {
          status: ok ? 200 : 503,
          body: { status: ok ? 'ok' : 'failing', version, revision, flags: { stale, source } },
        };
      },
    },
    {
      method: 'GET',
      path: '/systems',
      handle: () => ({ status: 200, body: { systems: listSystems() } }),
    },
    {
      method: 'GET',
      path: /^\/grades\/([^/]+)$/,
      handle: (url, [systemName]) => {
        let system;
        try {
          system = resolveSystem(decodeURIComponent(systemName));
        } catch (err) {
          if (err instanceof GradeError || err instanceof URIError) throw new HttpError(404, err.message);
          throw err;
        }
        const { name, category } = listSystems().find((entry) => entry.id === system);
        return { status: 200, body: { system, name, category, grades: gradesOf(system) } };
      },
    },
    {
      method: 'GET',
      path: '/convert',
      handle: (url) => {
        const missing = ['grade', 'from', 'to'].filter((name) => !url.searchParams.get(name));
        if (missing.length > 0) {
          throw new HttpError(
            400,
            `missing query parameter${missing.length > 1 ? 's' : ''} ${missing.map((n) => `"${n}"`).join(', ')}; ` +
              'example: /convert?grade=5.10a&from=yds&to=french',
          );
        }
        const { grade, from, to } = Object.fromEntries(url.searchParams);
        try {
          return { status: 200, body: convert(grade, from, to) };
        } catch (err) {
          throw gradeErrorToHttp(err);
        }
      },
    },
    {
      method: 'GET',
      path: '/newfeature',
      handle: (url) => {
        // ?user=ID is the targetingKey a percentage rollout of myflag splits users by
        const user = url.searchParams.get('user');
        if (flags.get(NEW_FEATURE_FLAG, null, user ? { targetingKey: user } : undefined) !== 'enable') {
          throw new HttpError(404, 'not found');
        }
        return {
          status: 200,
          body: { feature: 'newfeature', flag: NEW_FEATURE_FLAG, message: 'the new feature is on' },
        };
      },
    },
  ];
}

module.exports = { appRoutes, NEW_FEATURE_FLAG };
