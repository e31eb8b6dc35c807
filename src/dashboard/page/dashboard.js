// The live page: one event stream (a snapshot with 30 minutes of history, then an update a second), tables and
// charts drawn from it with textContent only, and the actions, each confirmed in a dialog before it is sent.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  const WINDOW_SEC = 30 * 60;
  const ROLES = ['production', 'canary'];
  const COMMANDS = { 'canary-abort': 'slipway canary abort', 'canary-resume': 'slipway canary resume', 'canary-promote': 'slipway canary promote', 'canary-weights': 'slipway canary weights', 'rollout-continue': 'slipway canary continue', 'flag-toggle': 'slipway flags toggle', 'flag-set': 'slipway flags set', rollback: 'slipway rollback' };
  let csrf = '';
  let traffic = { production: [], canary: [] };
  let memory = {};
  let raises = [];
  const charts = {};
  const memoryCharts = new Map();
  const rendered = {};

  const time = (iso) => (iso ? new Date(iso).toLocaleTimeString() : '–');
  const mb = (b) => (b == null ? '–' : `${Math.round(b / 1048576)} MB`);
  const pct = (r) => (r == null ? '–' : `${(r * 100).toFixed(1)} %`);
  const ms = (v) => (v == null ? '–' : `${Math.round(v * 10) / 10} ms`);
  const show = (v) => (typeof v === 'string' ? v : JSON.stringify(v));

  /** Replaces a table's rows, only when what it shows changed (no flicker, no lost focus). */
  function rows(tableId, items, cells) {
    const key = JSON.stringify(items);
    if (rendered[tableId] === key) return;
    rendered[tableId] = key;
    const body = document.querySelector(`#${tableId} tbody`);
    body.replaceChildren(...items.map((item) => {
      const tr = document.createElement('tr');
      for (const c of cells(item)) {
        const td = document.createElement('td');
        if (c && typeof c === 'object') {
          td.textContent = c.text;
          td.className = c.className || '';
        } else td.textContent = c == null ? '–' : String(c);
        tr.append(td);
      }
      return tr;
    }));
  }

  function trim(list) {
    const oldest = Date.now() / 1000 - WINDOW_SEC;
    while (list.length && list[0].t < oldest) list.shift();
  }

  function drawTraffic() {
    const xs = traffic.production.map((p) => p.t);
    const byT = (role, field, scale = 1) => {
      const at = new Map(traffic[role].map((p) => [p.t, p[field]]));
      return xs.map((t) => (at.get(t) == null ? null : at.get(t) * scale));
    };
    charts.rps.set(xs, ROLES.map((r) => byT(r, 'rps')));
    charts.errors.set(xs, ROLES.map((r) => byT(r, 'errorRate', 100)));
    charts.p50.set(xs, ROLES.map((r) => byT(r, 'p50Ms')));
    charts.p99.set(xs, ROLES.map((r) => byT(r, 'p99Ms')));
    for (const role of ROLES) {
      const p = traffic[role][traffic[role].length - 1];
      $(`now-${role}`).textContent = p ? `${p.rps} req/s · ${pct(p.errorRate)} 5xx · p50 ${ms(p.p50Ms)} · p99 ${ms(p.p99Ms)}` : '–';
    }
  }

  function drawMemory() {
    for (const [name, points] of Object.entries(memory)) {
      let chart = memoryCharts.get(name);
      if (!chart) {
        const figure = document.createElement('figure');
        const caption = document.createElement('figcaption');
        caption.textContent = `${name}: memory (MB), limit raises marked`;
        const el = document.createElement('div');
        el.className = 'chart';
        el.setAttribute('role', 'img');
        el.setAttribute('aria-label', `memory used and limit of ${name}`);
        el.dataset.container = name;
        figure.append(caption, el);
        $('memory-charts').append(figure);
        chart = { figure, chart: SlipwayCharts.create(el, ['used', 'limit'], (v) => (v == null ? '–' : `${Math.round(v)}`)) };
        memoryCharts.set(name, chart);
      }
      const marks = raises.filter((r) => r.container === name).map((r) => ({ t: r.t, label: `↑ ${mb(r.toBytes)}` }));
      chart.chart.set(points.map((p) => p.t), [points.map((p) => p.usedBytes / 1048576), points.map((p) => p.limitBytes / 1048576)], marks);
    }
    for (const [name, c] of memoryCharts) {
      if (memory[name]) continue;
      c.chart.destroy();
      c.figure.remove();
      memoryCharts.delete(name);
    }
  }

  function drawCanary(proxy, rollout) {
    const state = proxy ? proxy.canary.state : 'unknown';
    const badge = $('canary-state');
    badge.textContent = state;
    badge.className = `badge ${state}`;
    $('canary-detail').textContent = !proxy ? '(the proxy does not answer)' : state === 'absent' ? '(no canary deployed)'
      : `since ${time(proxy.canary.since)} — ${proxy.canary.source}: ${proxy.canary.reason}${proxy.canary.probationUntil ? `; probation until ${time(proxy.canary.probationUntil)}` : ''}`;
    $('weights').textContent = proxy ? `production ${proxy.weights.production} : canary ${proxy.weights.canary}` : '–';
    for (const role of ROLES) {
      const input = $(`weight-${role}`);
      if (proxy && !input.dataset.edited && document.activeElement !== input) input.value = proxy.weights[role];
    }
    $('rollout-phase').textContent = rollout ? rollout.phase : 'none';
    $('rollout-detail').textContent = !rollout ? '(no rollout controller answers: canary.strategy static, or not started)'
      : `step ${rollout.step}/${rollout.steps} (${rollout.stepKind}${rollout.stepKind === 'gate' ? ': waits for Continue' : ''}), canary at ${rollout.weight} % — ${rollout.reason}${rollout.holdLeftSec ? `; ${rollout.holdLeftSec} s left in this step` : ''}`;
    const judgments = rollout ? rollout.judgments.slice().reverse() : [];
    rows('judgments', judgments, (j) => [time(j.at), j.step + 1, `${j.weight} %`, { text: j.verdict, className: j.verdict === 'Passed' ? 'ok' : j.verdict === 'Failed' ? 'bad' : '' },
      `${pct(j.canary.errorRate)} of ${j.canary.requests}`, `${pct(j.production.errorRate)} of ${j.production.requests}`,
      `${ms(j.canary.medianMs)} / ${ms(j.canary.p99Ms)}`, `${ms(j.production.medianMs)} / ${ms(j.production.p99Ms)}`, j.reason]);
  }

  function drawFlags(flags) {
    const body = document.querySelector('#flag-table tbody');
    if (!flags) return;
    const lastBy = new Map();
    for (const a of flags.audit) if (!lastBy.has(a.flag)) lastBy.set(a.flag, `${a.actor} at ${time(a.at)}`);
    const names = flags.flags.map((f) => f.name);
    for (const tr of [...body.children]) if (!names.includes(tr.dataset.flag)) tr.remove();
    for (const f of flags.flags) {
      let tr = body.querySelector(`tr[data-flag="${CSS.escape(f.name)}"]`);
      if (!tr) tr = flagRow(body, f.name);
      tr.querySelector('.value').textContent = show(f.value);
      tr.querySelector('.type').textContent = `${f.type}${f.origin === 'default' ? ' (default)' : ''}`;
      tr.querySelector('.who').textContent = lastBy.get(f.name) || '–';
    }
    rows('audit-table', flags.audit, (a) => [time(a.at), a.flag, `${a.old === undefined ? '∅' : show(a.old)} → ${a.new === undefined ? '∅' : show(a.new)}`, a.actor, a.source]);
  }

  /** A flag's row, made once: its buttons and input stay while their values update. */
  function flagRow(body, name) {
    const tr = document.createElement('tr');
    tr.dataset.flag = name;
    const cell = (className) => Object.assign(document.createElement('td'), { className });
    const nameCell = cell('name');
    nameCell.textContent = name;
    const actionsCell = cell('actions');
    const toggle = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Toggle' });
    toggle.setAttribute('aria-label', `Toggle ${name}`);
    toggle.addEventListener('click', () => act('flag-toggle', `Toggle flag ${name}?`, { name }));
    const form = Object.assign(document.createElement('form'), { className: 'inline' });
    const input = Object.assign(document.createElement('input'), { type: 'text', id: `flag-value-${name}`, required: true, spellcheck: false });
    const label = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: 'Value' });
    const set = Object.assign(document.createElement('button'), { type: 'submit', textContent: 'Set' });
    set.setAttribute('aria-label', `Set ${name}`);
    form.append(label, input, set);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      act('flag-set', `Set flag ${name} to ${input.value}?`, { name, value: input.value });
    });
    actionsCell.append(toggle, form);
    tr.append(nameCell, cell('value'), cell('type'), cell('who'), actionsCell);
    body.append(tr);
    return tr;
  }

  function render(state) {
    $('app-name').textContent = state.app;
    drawCanary(state.proxy, state.rollout);
    rows('container-table', state.containers, (c) => [c.name, c.role, c.image, c.revision, c.state,
      { text: c.healthy == null ? '–' : c.healthy ? 'healthy' : 'unhealthy', className: c.healthy ? 'ok' : c.healthy === false ? 'bad' : '' },
      c.usedBytes == null ? '–' : `${mb(c.usedBytes)} / ${mb(c.limitBytes)} (${Math.round((100 * c.usedBytes) / (c.limitBytes || 1))} %)`,
      c.cpuPercent == null ? '–' : `${c.cpuPercent} %`,
      c.lastAction ? `${c.lastAction.action} ${mb(c.lastAction.fromBytes)} → ${mb(c.lastAction.toBytes)} at ${time(c.lastAction.at)} (${c.lastAction.result})` : '–']);
    drawFlags(state.flags);
    for (const role of ROLES) rows(`deploys-${role}`, state.deploys[role].slice().reverse(), (d) => [time(d.at), d.image, d.revision, d.reason]);
    $('problems').textContent = Object.entries(state.problems).map(([k, v]) => `${k}: ${v}`).join('\n');
  }

  function renderActions(list) {
    $('action-list').replaceChildren(...list.map((a) => {
      const li = document.createElement('li');
      li.className = a.state;
      li.textContent = `${time(a.at)} ${a.command}: ${a.state}${a.message ? ` — ${a.message}` : ''}`;
      return li;
    }));
  }

  /** Asks in the dialog, then sends the action; resolves false when cancelled. */
  function act(action, question, body, withReason = false) {
    const dialog = $('confirm');
    $('confirm-question').textContent = question;
    $('confirm-command').textContent = `runs: ${COMMANDS[action]}`;
    $('confirm-reason-row').hidden = !withReason;
    $('confirm-reason').value = '';
    dialog.returnValue = '';
    dialog.showModal();
    $('confirm-ok').focus();
    dialog.addEventListener('close', async () => {
      if (dialog.returnValue !== 'ok') return;
      const reason = $('confirm-reason').value.trim();
      const res = await fetch(`/api/actions/${action}`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json', 'x-slipway-csrf': csrf }, body: JSON.stringify({ ...body, ...(withReason && reason ? { reason } : {}), confirmed: true }) });
      if (res.status === 401) return void location.replace('/');
      if (!res.ok) $('problems').textContent = `${COMMANDS[action]} refused: ${(await res.json().catch(() => ({}))).error || `HTTP ${res.status}`}`;
    }, { once: true });
  }

  function applyHistory(history) {
    traffic = history.traffic;
    memory = history.memory;
    raises = history.raises;
    drawTraffic();
    drawMemory();
  }

  /** Appends a point later than the list's last (a point the snapshot already held is not drawn twice). */
  const append = (list, p) => (!list.length || p.t > list[list.length - 1].t) && list.push(p);

  function applyDelta(delta) {
    for (const role of ROLES) if (delta.traffic[role]) append(traffic[role], delta.traffic[role]);
    for (const [name, p] of Object.entries(delta.memory)) append((memory[name] = memory[name] || []), p);
    raises.push(...delta.raises);
    for (const role of ROLES) trim(traffic[role]);
    for (const list of Object.values(memory)) trim(list);
    trim(raises);
    drawTraffic();
    if (Object.keys(delta.memory).length) drawMemory();
  }

  function connect() {
    const events = new EventSource('/api/events');
    events.addEventListener('snapshot', (e) => {
      const d = JSON.parse(e.data);
      applyHistory(d.history);
      render(d.state);
      renderActions(d.actions);
      $('connection').textContent = 'live';
    });
    events.addEventListener('update', (e) => {
      const d = JSON.parse(e.data);
      applyDelta(d.delta);
      render(d.state);
      renderActions(d.actions);
      $('connection').textContent = `live · ${time(d.state.at)}`;
    });
    events.addEventListener('actions', (e) => renderActions(JSON.parse(e.data)));
    events.addEventListener('error', async () => {
      $('connection').textContent = 'reconnecting…';
      if (events.readyState !== EventSource.CLOSED) return;
      const res = await fetch('/api/session', { credentials: 'same-origin' }).catch(() => undefined);
      if (res && res.status === 401) return void location.replace('/');
      setTimeout(connect, 2000);
    });
  }

  function wireButtons() {
    for (const b of document.querySelectorAll('button[data-action]')) {
      b.addEventListener('click', () => act(b.dataset.action, b.dataset.ask, b.dataset.role ? { role: b.dataset.role } : {}, b.hasAttribute('data-reason')));
    }
    for (const role of ROLES) $(`weight-${role}`).addEventListener('input', (e) => (e.target.dataset.edited = '1'));
    $('weights-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const production = Number($('weight-production').value);
      const canary = Number($('weight-canary').value);
      for (const role of ROLES) delete $(`weight-${role}`).dataset.edited;
      act('canary-weights', `Set the weights to production ${production} : canary ${canary}?`, { production, canary });
    });
    $('sign-out').addEventListener('click', async () => {
      await fetch('/api/session', { method: 'DELETE', credentials: 'same-origin', headers: { 'x-slipway-csrf': csrf } });
      location.replace('/');
    });
  }

  async function start() {
    const res = await fetch('/api/session', { credentials: 'same-origin' });
    if (res.status === 401) return void location.replace('/');
    csrf = (await res.json()).csrf;
    const fmt = (digits) => (v) => (v == null ? '–' : v.toFixed(digits));
    charts.rps = SlipwayCharts.create($('chart-rps'), ROLES, fmt(1));
    charts.errors = SlipwayCharts.create($('chart-errors'), ROLES, fmt(1));
    charts.p50 = SlipwayCharts.create($('chart-p50'), ROLES, fmt(1));
    charts.p99 = SlipwayCharts.create($('chart-p99'), ROLES, fmt(1));
    wireButtons();
    connect();
  }

  start();
})();
