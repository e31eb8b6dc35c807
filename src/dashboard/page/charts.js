// Time-series charts on uPlot: a chart per figure, a series per role (or memory used and limit), vertical marks for
// events (the autoscaler's raises), resized with the page. The x values are Unix seconds.
'use strict';
window.SlipwayCharts = (() => {
  const COLORS = { production: '#0969da', canary: '#bf3989', used: '#1a7f37', limit: '#cf222e' };
  const HEIGHT = 170;

  function drawMarks(u, marks) {
    const { ctx, bbox } = u;
    ctx.save();
    ctx.strokeStyle = COLORS.limit;
    ctx.fillStyle = COLORS.limit;
    ctx.setLineDash([4, 3]);
    ctx.font = `${Math.round(11 * devicePixelRatio)}px sans-serif`;
    for (const m of marks) {
      const x = Math.round(u.valToPos(m.t, 'x', true));
      if (x < bbox.left || x > bbox.left + bbox.width) continue;
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
      ctx.fillText(m.label, x + 3, bbox.top + 12 * devicePixelRatio);
    }
    ctx.restore();
  }

  /** The x range: at least the last minute, so a young chart (uPlot gives one point a whole day) has whole-second ticks. */
  function minuteAtLeast(u, min, max) {
    const xs = u.data[0];
    if (xs.length < 2) {
      const end = xs.length ? xs[0] : Date.now() / 1000;
      return [end - 60, end];
    }
    return [Math.min(min, max - 60), max];
  }

  /** A chart in `el` with these series names; `format` shows a value in the legend. */
  function create(el, names, format = (v) => (v == null ? '–' : String(v))) {
    const marks = [];
    const data = [[], ...names.map(() => [])];
    const u = new uPlot({
      width: Math.max(el.clientWidth, 240),
      height: HEIGHT,
      scales: { x: { time: true, range: minuteAtLeast } },
      series: [{}, ...names.map((n) => ({ label: n, stroke: COLORS[n] || '#57606a', width: 1.5, value: (_, v) => format(v) }))],
      axes: [{ space: 70 }, { size: 52, values: (_, ticks) => ticks.map((v) => format(v)) }],
      legend: { live: false },
      hooks: { draw: [(chart) => drawMarks(chart, marks)] },
    }, data, el);
    new ResizeObserver(() => u.setSize({ width: Math.max(el.clientWidth, 240), height: HEIGHT })).observe(el);
    return {
      /** Replaces every point: xs and one array per series. */
      set(xs, columns, newMarks = []) {
        marks.splice(0, marks.length, ...newMarks);
        data[0] = xs;
        columns.forEach((c, i) => (data[i + 1] = c));
        el.dataset.points = String(xs.length);
        el.dataset.marks = String(marks.length);
        u.setData(data);
      },
      destroy() {
        u.destroy();
      },
    };
  }

  return { create };
})();
