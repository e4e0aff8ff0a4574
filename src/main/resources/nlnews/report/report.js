(function () {
  'use strict';
  // Everything from the articles reaches the page through text nodes or setAttribute, never as
  // HTML: an article holding a tag shows its characters and runs nothing.
  var root = document.documentElement;
  var errors = [];
  function fail(message) {
    errors.push(String(message));
    root.setAttribute('data-errors', errors.join(' | '));
  }
  window.addEventListener('error', function (e) { fail(e.message); });
  document.addEventListener('securitypolicyviolation', function (e) {
    root.setAttribute('data-blocked', (root.getAttribute('data-blocked') || '') + e.blockedURI + ' ');
  });

  var SVG = 'http://www.w3.org/2000/svg';
  var MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  var TYPES = { PER: 'persoon', LOC: 'plaats', ORG: 'organisatie', MISC: 'overig' };
  var BAR_ROWS = 15;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    setAll(e, attrs);
    append(e, children);
    return e;
  }
  function sv(tag, attrs, children) {
    var e = document.createElementNS(SVG, tag);
    setAll(e, attrs);
    append(e, children);
    return e;
  }
  function setAll(e, attrs) {
    if (attrs) {
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    }
  }
  function append(e, children) {
    (children === undefined ? [] : [].concat(children)).forEach(function (c) {
      if (c === null || c === undefined) { return; }
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
  }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }

  var decimals = typeof Intl !== 'undefined'
    ? new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : null;
  var whole = typeof Intl !== 'undefined' ? new Intl.NumberFormat('nl-NL') : null;
  function num(v) {
    if (v === null || v === undefined) { return '–'; }
    var s = decimals ? decimals.format(v) : v.toFixed(2).replace('.', ',');
    return (v > 0 ? '+' : '') + s.replace('-', '−');
  }
  function count(v) { return whole ? whole.format(v) : String(v); }
  /** A count with its noun in the singular or the plural: "1 artikel", "3 artikelen". */
  function counted(v, one, many) { return count(v) + ' ' + (v === 1 ? one : many); }
  function toneWord(v) {
    if (v === null || v === undefined) { return 'geen toon'; }
    return v >= 0.333 ? 'positief' : v <= -0.333 ? 'negatief' : 'neutraal';
  }
  function dateText(d) {
    var m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(d || '');
    if (!m) { return d ? d : 'zonder datum'; }
    var month = MONTHS[parseInt(m[2], 10) - 1] || m[2];
    return (m[3] ? parseInt(m[3], 10) + ' ' : '') + month + ' ' + m[1];
  }
  function periodText(p) {
    if (!p) { return 'zonder datum'; }
    var w = /^(\d{4})-W(\d{2})$/.exec(p);
    if (w) { return 'week ' + parseInt(w[2], 10) + ', ' + w[1]; }
    return dateText(p);
  }

  var articles = JSON.parse(document.getElementById('articles').textContent);
  var summary = JSON.parse(document.getElementById('summary').textContent);

  // The page stores each article's marks as flat arrays of numbers: offsets as differences, and
  // rows of summary.marks, .cues and .said for what many marks share (ReportWriter.article).
  // Unpacked here into one array per mark, the shape the rest of the script reads.
  (function unpack() {
    function tone(v) { return v === null ? null : v / 1000; }
    articles.forEach(function (a) {
      var p = [], m = [], q = [], i, k, at, start, row, cues, n;
      a.tone = tone(a.tone);
      for (i = 0, at = 0; i < a.p.length;) {
        start = at + a.p[i];
        at = start + a.p[i + 1];
        var score = tone(a.p[i + 2]);
        n = a.p[i + 3];
        cues = [];
        for (i += 4, k = 0; k < n >> 1; k++, i += 2) {
          row = summary.cues[a.p[i]];
          cues.push([row[0], a.p[i + 1] / 1000, row[1]]);
        }
        p.push([start, at, score, n & 1, cues]);
      }
      for (i = 0, at = 0; i < a.m.length; i += 3) {
        at += a.m[i];
        row = summary.marks[a.m[i + 2]];
        m.push([at, at + a.m[i + 1], row[0], row[1], row[2]]);
      }
      for (i = 0, at = 0; i < a.q.length; i += 4) {
        at += a.q[i];
        row = summary.said[a.q[i + 2]];
        q.push([at, at + a.q[i + 1], row[0], row[1], row[2], a.q[i + 3]]);
      }
      a.p = p;
      a.m = m;
      a.q = q;
    });
  })();

  // Column positions of the summary's tables (CorpusTables).
  var E = { name: 0, type: 1, mentions: 2, refs: 3, articles: 4, first: 5, last: 6, quoted: 7, tone: 8, toneN: 9, variants: 10, merged: 11 };
  var T = { name: 0, type: 1, period: 2, mentions: 3, articles: 4, tone: 5 };
  var SP = { name: 0, type: 1, quotes: 2, articles: 3, verb: 6, example: 7 };
  var TO = { period: 0, articles: 1, paragraphs: 2, tone: 3 };

  function names(entity) { return [entity[E.name]].concat(entity[E.merged] || []); }

  /**
   * The articles that mention an entity of the corpus, by any of its names; for an anonymised
   * name, its own article only (summary.entityArticle), since each article's "Dennis V." is
   * another person.
   */
  function articlesOf(entity) {
    var all = names(entity);
    var row = summary.entities.indexOf(entity);
    var only = row >= 0 && summary.entityArticle ? summary.entityArticle[row] : -1;
    var found = [];
    articles.forEach(function (a, i) {
      if (only >= 0 && i !== only) { return; }
      var ms = a.m.filter(function (m) { return m[3] === entity[E.type] && all.indexOf(m[2]) >= 0; });
      if (ms.length) { found.push({ index: i, mentions: ms }); }
    });
    return found;
  }

  function overview() {
    var dates = articles.map(function (a) { return a.date; }).filter(Boolean).sort();
    var o = document.getElementById('overview');
    clear(o);
    append(o, count(summary.articles) + (summary.articles === 1 ? ' artikel' : ' artikelen') + (dates.length ? ', van ' + dateText(dates[0]) + ' tot ' + dateText(dates[dates.length - 1]) : '')
      + '; perioden per ' + ({ day: 'dag', week: 'week', month: 'maand', year: 'jaar' }[summary.by] || summary.by) + '.');
  }

  /** A horizontal bar chart: one row per item, a label, a bar, its value; a click calls pick(item). */
  function bars(container, items, label, value, pick, describe) {
    var shown = items.slice(0, BAR_ROWS);
    if (!shown.length) { append(container, el('p', { 'class': 'muted' }, 'Niets gevonden.')); return; }
    var rowH = 22, labelW = 190, width = 560, barW = width - labelW - 60;
    var max = Math.max.apply(null, shown.map(value)) || 1;
    var svg = sv('svg', { viewBox: '0 0 ' + width + ' ' + (shown.length * rowH + 4), role: 'img', 'aria-label': container.querySelector('h2').textContent });
    shown.forEach(function (item, i) {
      var y = i * rowH + 2, w = Math.max(2, value(item) / max * barW);
      var text = label(item);
      svg.appendChild(sv('text', { x: labelW - 6, y: y + 14, 'text-anchor': 'end' }, text.length > 28 ? text.slice(0, 27) + '…' : text));
      var bar = sv('rect', { 'class': 'bar', x: labelW, y: y + 3, width: w, height: rowH - 6, tabindex: 0, role: 'button' },
        sv('title', null, describe(item)));
      bar.addEventListener('click', function () { pick(item); });
      bar.addEventListener('keydown', function (e) { if (e.key === 'Enter' || e.key === ' ') { pick(item); } });
      svg.appendChild(bar);
      svg.appendChild(sv('text', { x: labelW + w + 4, y: y + 14 }, count(value(item))));
    });
    container.appendChild(svg);
  }

  function evidence(title, items) {
    var body = document.getElementById('evidence-body');
    clear(body);
    body.appendChild(el('h3', null, title));
    if (!items.length) { body.appendChild(el('p', { 'class': 'muted' }, 'Geen artikelen.')); }
    var list = el('ol');
    items.forEach(function (item) { list.appendChild(item); });
    body.appendChild(list);
    document.getElementById('evidence').focus();
  }

  function snippet(a, start, end) {
    var from = Math.max(0, start - 60), to = Math.min(a.text.length, end + 60);
    return (from > 0 ? '…' : '') + a.text.slice(from, to).replace(/\s+/g, ' ') + (to < a.text.length ? '…' : '');
  }

  function articleLink(index, text, at) {
    var b = el('button', { 'class': 'link', type: 'button' }, text);
    b.addEventListener('click', function () { showArticle(index, at); });
    return b;
  }

  function entityEvidence(entity) {
    var found = articlesOf(entity);
    evidence(entity[E.name] + ' (' + (TYPES[entity[E.type]] || entity[E.type]) + '): ' + counted(entity[E.mentions], 'vermelding bij naam', 'vermeldingen bij naam') + ', '
      + counted(entity[E.refs], 'verwijzing', 'verwijzingen') + ', in ' + counted(entity[E.articles], 'artikel', 'artikelen') + '; toon ' + num(entity[E.tone])
      + (entity[E.merged].length ? '; samengevoegd met ' + entity[E.merged].join(', ') : ''),
      found.map(function (f) {
        var a = articles[f.index], m = f.mentions[0];
        return el('li', null, [articleLink(f.index, a.id + ' — ' + dateText(a.date), m[0]), ' (' + f.mentions.length + '×)',
          el('span', { 'class': 'snippet' }, snippet(a, m[0], m[1]))]);
      }));
  }

  function speakerEvidence(speaker) {
    var all = [speaker[SP.name]];
    summary.entities.forEach(function (e) {
      if (e[E.name] === speaker[SP.name] && e[E.type] === speaker[SP.type]) { all = names(e); }
    });
    var items = [];
    articles.forEach(function (a, i) {
      a.q.forEach(function (q) {
        if (all.indexOf(q[2]) >= 0 && (q[4] === 'direct' || q[4] === 'partial')) {
          items.push(el('li', null, [articleLink(i, a.id + ' — ' + dateText(a.date), q[0]), ' (' + (q[3] || 'geen werkwoord') + ')',
            el('span', { 'class': 'snippet' }, '“' + a.text.slice(q[0], q[1]).replace(/\s+/g, ' ') + '”')]));
        }
      });
    });
    evidence(speaker[SP.name] + ': ' + counted(speaker[SP.quotes], 'citaat', 'citaten') + ' in ' + counted(speaker[SP.articles], 'artikel', 'artikelen'), items);
  }

  function periodEvidence(period, entity) {
    var items = [];
    var found = entity ? articlesOf(entity) : articles.map(function (a, i) { return { index: i, mentions: [] }; });
    found.forEach(function (f) {
      var a = articles[f.index];
      if (a.per === period) {
        items.push(el('li', null, [articleLink(f.index, a.id + ' — ' + dateText(a.date), f.mentions.length ? f.mentions[0][0] : undefined),
          ' toon ' + num(a.tone) + (f.mentions.length ? ', ' + f.mentions.length + ' vermeldingen' : '')]));
      }
    });
    evidence((entity ? entity[E.name] + ', ' : 'Alle artikelen, ') + periodText(period), items);
  }

  /** A line chart of mentions and tone per period for one entity. */
  function timeline(container) {
    var entities = summary.entities.slice(0, 20);
    if (!entities.length) { append(container, el('p', { 'class': 'muted' }, 'Niets gevonden.')); return; }
    var select = el('select', { 'aria-label': 'Naam' });
    entities.forEach(function (e, i) { select.appendChild(el('option', { value: i }, e[E.name] + ' (' + e[E.type] + ')')); });
    var holder = el('div');
    append(container, [el('label', null, ['Naam: ', select]), holder]);
    function draw() {
      clear(holder);
      var e = entities[parseInt(select.value, 10)];
      var rows = summary.timeline.filter(function (r) { return r[T.name] === e[E.name] && r[T.type] === e[E.type]; });
      var width = 900, height = 220, left = 50, right = 50, top = 10, bottom = 40;
      var n = rows.length, max = Math.max.apply(null, rows.map(function (r) { return r[T.mentions]; }).concat([1]));
      var x = function (i) { return left + (n === 1 ? (width - left - right) / 2 : i * (width - left - right) / (n - 1)); };
      var y = function (v) { return top + (1 - v / max) * (height - top - bottom); };
      var ty = function (v) { return top + (1 - (v + 1) / 2) * (height - top - bottom); };
      var svg = sv('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Vermeldingen en toon van ' + e[E.name] });
      svg.appendChild(sv('line', { 'class': 'axis', x1: left, y1: height - bottom, x2: width - right, y2: height - bottom }));
      svg.appendChild(sv('line', { 'class': 'grid', x1: left, y1: ty(0), x2: width - right, y2: ty(0) }));
      svg.appendChild(sv('text', { x: left - 6, y: y(max) + 4, 'text-anchor': 'end' }, count(max)));
      svg.appendChild(sv('text', { x: left - 6, y: y(0) + 4, 'text-anchor': 'end' }, '0'));
      svg.appendChild(sv('text', { x: width - right + 6, y: ty(1) + 4 }, '+1'));
      svg.appendChild(sv('text', { x: width - right + 6, y: ty(-1) + 4 }, '−1'));
      svg.appendChild(sv('polyline', { 'class': 'line', points: rows.map(function (r, i) { return x(i) + ',' + y(r[T.mentions]); }).join(' ') }));
      var toned = rows.map(function (r, i) { return r[T.tone] === null ? null : x(i) + ',' + ty(r[T.tone]); }).filter(Boolean);
      svg.appendChild(sv('polyline', { 'class': 'tone-line', points: toned.join(' ') }));
      var every = Math.max(1, Math.ceil(n / 12));
      rows.forEach(function (r, i) {
        var dot = sv('circle', { 'class': 'dot', cx: x(i), cy: y(r[T.mentions]), r: 5, tabindex: 0, role: 'button' },
          sv('title', null, periodText(r[T.period]) + ': ' + counted(r[T.mentions], 'vermelding', 'vermeldingen') + ' in ' + counted(r[T.articles], 'artikel', 'artikelen') + ', toon ' + num(r[T.tone])));
        dot.addEventListener('click', function () { periodEvidence(r[T.period], e); });
        svg.appendChild(dot);
        if (i % every === 0) {
          svg.appendChild(sv('text', { x: x(i), y: height - bottom + 16, 'text-anchor': 'middle' }, periodText(r[T.period])));
        }
      });
      holder.appendChild(svg);
    }
    select.addEventListener('change', draw);
    draw();
  }

  /** The tone of the corpus per period, as bars up (positive) or down (negative) from zero. */
  function toneChart(container) {
    var rows = summary.tone;
    if (!rows.length) { append(container, el('p', { 'class': 'muted' }, 'Niets gevonden.')); return; }
    var width = 900, height = 200, left = 40, bottom = 36, top = 10;
    var slot = (width - left) / rows.length, mid = top + (height - top - bottom) / 2, half = (height - top - bottom) / 2;
    var svg = sv('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Toon per periode' });
    svg.appendChild(sv('line', { 'class': 'axis', x1: left, y1: mid, x2: width, y2: mid }));
    svg.appendChild(sv('text', { x: left - 6, y: top + 8, 'text-anchor': 'end' }, '+1'));
    svg.appendChild(sv('text', { x: left - 6, y: height - bottom, 'text-anchor': 'end' }, '−1'));
    var every = Math.max(1, Math.ceil(rows.length / 12));
    rows.forEach(function (r, i) {
      var v = r[TO.tone] === null ? 0 : r[TO.tone];
      var h = Math.max(1, Math.abs(v) * half);
      var bar = sv('rect', { 'class': 'bar ' + (v >= 0 ? 'pos' : 'neg'), x: left + i * slot + slot * 0.15, y: v >= 0 ? mid - h : mid,
        width: Math.max(1, slot * 0.7), height: h, tabindex: 0, role: 'button' },
        sv('title', null, periodText(r[TO.period]) + ': toon ' + num(r[TO.tone]) + ' (' + toneWord(r[TO.tone]) + '), ' + counted(r[TO.articles], 'artikel', 'artikelen')));
      bar.addEventListener('click', function () { periodEvidence(r[TO.period], null); });
      svg.appendChild(bar);
      if (i % every === 0) {
        svg.appendChild(sv('text', { x: left + i * slot + slot / 2, y: height - bottom + 16, 'text-anchor': 'middle' }, periodText(r[TO.period])));
      }
    });
    container.appendChild(svg);
  }

  function articleTable(container) {
    var columns = [
      { title: 'Artikel', get: function (a) { return a.id; }, show: function (v) { return v; } },
      { title: 'Datum', get: function (a) { return a.date; }, show: dateText },
      { title: 'Alinea’s', get: function (a) { return a.p.length; }, num: true },
      { title: 'Namen', get: function (a) { return a.m.length; }, num: true },
      { title: 'Citaten', get: function (a) { return a.q.length; }, num: true },
      { title: 'Toon', get: function (a) { return a.tone === null ? -2 : a.tone; }, show: function (v) { return v === -2 ? '–' : num(v) + ' ' + toneWord(v); }, num: true }
    ];
    var order = articles.map(function (a, i) { return i; });
    var table = el('table'), head = el('tr'), body = el('tbody');
    columns.forEach(function (c, k) {
      var th = el('th', { scope: 'col', tabindex: 0 }, c.title);
      th.addEventListener('click', function () { sortBy(k, th); });
      head.appendChild(th);
    });
    table.appendChild(el('thead', null, head));
    table.appendChild(body);
    function fill() {
      clear(body);
      order.forEach(function (i) {
        var a = articles[i], tr = el('tr', { 'data-article': i });
        columns.forEach(function (c) {
          var v = c.get(a);
          tr.appendChild(el('td', c.num ? { 'class': 'num' } : null, c.show ? c.show(v) : count(v)));
        });
        tr.addEventListener('click', function () { showArticle(i); });
        body.appendChild(tr);
      });
    }
    function sortBy(k, th) {
      var descending = th.getAttribute('aria-sort') === 'ascending';
      head.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      var get = columns[k].get;
      order.sort(function (x, y) {
        var a = get(articles[x]), b = get(articles[y]);
        var c = a < b ? -1 : a > b ? 1 : x - y;
        return descending ? -c : c;
      });
      fill();
    }
    fill();
    container.querySelector('.table-wrap').appendChild(table);
  }

  /** Text of [from, to) with the mentions inside it marked. */
  function marked(a, from, to, out) {
    var at = from;
    a.m.forEach(function (m) {
      if (m[0] < at || m[1] > to || m[0] >= m[1]) { return; }
      if (m[0] > at) { out.appendChild(document.createTextNode(a.text.slice(at, m[0]))); }
      var ref = m[4] === 'pronoun' || m[4] === 'role';
      out.appendChild(el('span', { 'class': 'mention ' + m[3] + (ref ? ' ref' : ''), title: m[2] + ' (' + (TYPES[m[3]] || m[3]) + ', ' + m[4] + ')', 'data-entity': m[2] },
        a.text.slice(m[0], m[1])));
      at = m[1];
    });
    if (at < to) { out.appendChild(document.createTextNode(a.text.slice(at, to))); }
  }

  function showArticle(index, at) {
    var a = articles[index];
    var body = document.getElementById('article-body');
    clear(body);
    body.className = '';
    body.appendChild(el('h3', null, a.id));
    body.appendChild(el('p', { 'class': 'muted' }, dateText(a.date) + ' · ' + a.p.length + ' alinea’s · toon ' + num(a.tone) + ' (' + toneWord(a.tone) + ')'));
    var target = null;
    a.p.forEach(function (p, k) {
      var start = p[0], end = p[1], score = p[2];
      var text = el('div', { 'class': 'text' });
      var pos = start;
      a.q.forEach(function (q) {
        var qs = Math.max(q[0], start), qe = Math.min(q[1], end);
        if (qs >= qe || qs < pos) { return; }
        marked(a, pos, qs, text);
        var span = el('span', { 'class': 'quote', title: q[2] ? 'gezegd door ' + q[2] + (q[3] ? ' (' + q[3] + ')' : '') : q[4] });
        marked(a, qs, qe, span);
        text.appendChild(span);
        if (q[2] && qe === Math.min(q[1], end)) { text.appendChild(el('span', { 'class': 'speaker' }, '— ' + q[2])); }
        pos = qe;
      });
      marked(a, pos, end, text);
      var bar = el('div', { 'class': 'tonebar', role: 'img', 'aria-label': 'toon ' + num(score) }, el('div', { 'class': 'mid' }));
      if (score !== null) {
        var fill = el('div', { 'class': 'fill ' + (score >= 0 ? 'pos' : 'neg') });
        fill.style.width = Math.abs(score) * 50 + '%';
        fill.style.left = score >= 0 ? '50%' : (50 - Math.abs(score) * 50) + '%';
        bar.appendChild(fill);
      }
      var cues = p[4].map(function (c) { return c[0] + ' (' + num(c[1]) + (c[2] ? ', ' + c[2] : '') + ')'; }).join(' · ');
      var row = el('div', { 'class': 'para' + (p[3] ? ' heading' : ''), 'data-paragraph': k + 1 }, [
        el('div', { 'class': 'no' }, '¶' + (k + 1)),
        el('div', null, [num(score) + ' ' + toneWord(score), bar, el('div', { 'class': 'cues' }, cues)]),
        text]);
      body.appendChild(row);
      if (at !== undefined && at >= start && at < end) { target = row; }
    });
    var view = document.getElementById('article-view');
    view.setAttribute('data-article', index);
    (target || view).scrollIntoView({ block: 'start' });
    if (target) {
      target.classList.add('flash');
      setTimeout(function () { target.classList.remove('flash'); }, 1500);
    }
  }

  /**
   * A link into the report: #entity=NAME shows an entity's evidence, #speaker=NAME a speaker's
   * quotations, #article=ID an article; so an analyst can send a colleague straight to a figure.
   */
  function follow(hash) {
    var m = /^#(entity|speaker|article)=(.*)$/.exec(hash || '');
    if (!m) { return; }
    var value = decodeURIComponent(m[2]);
    if (m[1] === 'entity') {
      summary.entities.filter(function (e) { return e[E.name] === value; }).slice(0, 1).forEach(entityEvidence);
    } else if (m[1] === 'speaker') {
      summary.speakers.filter(function (s) { return s[SP.name] === value; }).slice(0, 1).forEach(speakerEvidence);
    } else {
      articles.forEach(function (a, i) { if (a.id === value) { showArticle(i); } });
    }
  }

  try {
    overview();
    bars(document.getElementById('entities-chart'), summary.entities, function (e) { return e[E.name]; },
      function (e) { return e[E.mentions]; }, entityEvidence,
      function (e) { return e[E.name] + ': ' + counted(e[E.mentions], 'vermelding', 'vermeldingen') + ' in ' + counted(e[E.articles], 'artikel', 'artikelen'); });
    bars(document.getElementById('speakers-chart'), summary.speakers, function (s) { return s[SP.name]; },
      function (s) { return s[SP.quotes]; }, speakerEvidence,
      function (s) { return s[SP.name] + ': ' + counted(s[SP.quotes], 'citaat', 'citaten') + ', meestal “' + (s[SP.verb] || '–') + '”'; });
    timeline(document.getElementById('timeline-chart'));
    toneChart(document.getElementById('tone-chart'));
    articleTable(document.getElementById('articles-table'));
    if (articles.length) { showArticle(0); window.scrollTo(0, 0); }
    follow(location.hash);
    window.addEventListener('hashchange', function () { follow(location.hash); });
    root.setAttribute('data-ms', String(Math.round(performance.now())));
    root.setAttribute('data-ready', 'true');
  } catch (e) {
    fail(e && e.message ? e.message : e);
  }
})();
