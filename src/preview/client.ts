/**
 * The preview page's script (runs in the browser). It asks /api/state for the diagnostics and
 * outline, fetches only the pages whose content hash changed (/api/page), swaps them in place (scroll kept), and
 * listens to /events for rebuilds; an event carries the new state and the new pages, so a save needs no
 * request. A changed page's SVG goes into the box of the page it replaces: the other boxes, and the
 * layout of the column, stay as they are; the changed pages in view go in first (body data-seen), those
 * out of view after that frame (body data-version: every page is in). User text is inserted as text,
 * never as HTML.
 */
export const PAGE_JS = String.raw`
const $ = (id) => document.getElementById(id);
let doc = new URLSearchParams(location.search).get('doc') || '';
let shownPages = -1;
let busy = null;
let glyphs = '';
/** The last event's state and document list for this document, used instead of asking /api/state. */
let pushed = null;
/** The diagnostics, lint state and outline last drawn (JSON), so that unchanged ones are not drawn again. */
let shownPanel = '';
/** Pages an event brought, by content hash, until they are shown. */
const arrived = new Map();

function q(path) { return path + (doc ? (path.includes('?') ? '&' : '?') + 'doc=' + encodeURIComponent(doc) : ''); }

async function refresh() {
  if (busy) { busy.again = true; return busy.done; }
  busy = { again: false };
  busy.done = (async () => {
    do {
      busy.again = false;
      let data = pushed && pushed.id === doc ? pushed : null;
      pushed = null;
      if (!data) {
        const r = await fetch(q('/api/state'));
        if (!r.ok) { $('status').textContent = 'Dokumen tidak ada.'; return; }
        data = await r.json();
      }
      const { documents, state } = data;
      doc = state.id;
      showDocuments(documents);
      if (state.pagesVersion !== shownPages && state.pagesVersion > 0) {
        try {
          await showPages(state);
          shownPages = state.pagesVersion;
        } catch {
          busy.again = true; // a newer build replaced a page while it was fetched: start over
          continue;
        }
      }
      $('pages').classList.toggle('stale', !state.fresh);
      const errors = state.diagnostics.filter((d) => d.severity === 'error').length;
      $('status').className = state.fresh ? '' : 'error';
      $('status').textContent = state.fresh
        ? state.pages + ' halaman · disusun dalam ' + state.buildMs + ' ms'
        : (shownPages > 0 ? 'Sumber bermasalah (' + errors + ' galat): halaman terakhir yang baik ditampilkan pudar.' : 'Sumber bermasalah (' + errors + ' galat): belum ada halaman.');
      if (state.checking) $('status').textContent += ' · memeriksa kaidah…';
      // The panel and the outline are drawn again only when they changed (most saves change neither).
      const panel = JSON.stringify([state.diagnostics, state.checking, state.outline]);
      if (panel !== shownPanel) {
        showDiagnostics(state);
        showOutline(state);
        shownPanel = panel;
      }
      document.body.dataset.version = String(state.version);
      document.body.dataset.fresh = String(state.fresh);
      document.body.dataset.checking = String(state.checking);
    } while (busy.again);
  })();
  try { await busy.done; } finally { busy = null; }
}

/**
 * Swaps in the pages whose content hash changed; unchanged pages stay in the DOM untouched. A new page
 * takes the box of the page it replaces (same place, same size), so nothing else moves.
 */
async function showPages(state) {
  const main = $('pages');
  if (glyphs !== state.headHash) {
    const r = await fetch(q('/api/glyphs'));
    if (!r.ok) throw new Error('stale');
    $('glyphs-holder').innerHTML = await r.text();
    glyphs = state.headHash;
  }
  const old = [...main.children];
  const have = new Map(old.map((e) => [e.dataset.tid, e]));
  const wanted = new Set(state.pageIds);
  const missing = state.pageIds.filter((t) => !have.has(t));
  const fetched = new Map(await Promise.all(missing.map(async (t) => {
    if (arrived.has(t)) return [t, arrived.get(t)];
    const r = await fetch(q('/api/page') + '&tid=' + encodeURIComponent(t));
    if (!r.ok) throw new Error('stale');
    return [t, await r.text()];
  })));
  arrived.clear();
  // Where each page goes: its own box when unchanged, else the box of the page it replaces, else a new box.
  const reused = new Set();
  const plan = state.pageIds.map((t, i) => {
    const kept = have.get(t);
    if (kept) return { t, box: kept };
    const place = old[i];
    if (place && !wanted.has(place.dataset.tid) && !reused.has(place)) { reused.add(place); return { t, box: place, fill: true }; }
    return { t, box: null, fill: true };
  });
  const gone = old.filter((e) => !wanted.has(e.dataset.tid) && !reused.has(e));
  // Only boxes added, removed or reordered can move the column: then the scroll position is put back.
  const moved = gone.length > 0 || plan.some((p, i) => p.box !== old[i]);
  const top = moved ? main.scrollTop : null;
  const fill = (p) => {
    const box = p.box || el('div', 'page-box');
    box.dataset.tid = p.t;
    box.innerHTML = fetched.get(p.t);
    const svg = box.firstElementChild;
    if (svg) box.style.aspectRatio = svg.getAttribute('width') + ' / ' + svg.getAttribute('height');
    p.box = box;
  };
  document.body.dataset.replaced = String(missing.length);
  // Pages replaced in place (a save that moves text over a few pages): the pages in view first, drawn
  // before the others are parsed (± 15 ms a page), so the page being read changes as soon as it can.
  const later = moved ? [] : plan.filter((p) => p.fill && !inView(p.box, main));
  for (const p of plan) if (p.fill && !later.includes(p)) fill(p);
  for (const e of gone) e.remove();
  plan.forEach((p, i) => { if (main.children[i] !== p.box) main.insertBefore(p.box, main.children[i] || null); });
  if (top !== null) main.scrollTop = top;
  document.body.dataset.seen = String(state.version);
  if (later.length === 0) return;
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  for (const p of later) fill(p);
}

/** Whether any of a page's box is in the visible part of the column. */
function inView(box, main) {
  const r = box.getBoundingClientRect();
  const v = main.getBoundingClientRect();
  return r.bottom > v.top && r.top < v.bottom;
}

function showDocuments(documents) {
  const select = $('doc');
  const list = documents.map((d) => d.id).join(',');
  if (select.dataset.list === list && select.value === doc) return;
  select.replaceChildren(...documents.map((d) => { const o = document.createElement('option'); o.value = d.id; o.textContent = d.label; return o; }));
  select.value = doc;
  select.dataset.list = list;
}

function el(tag, cls, text) { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; }

function showDiagnostics(state) {
  // While lint runs the previous findings stay, faded: they may already be fixed or have moved.
  $('count').textContent = '(' + state.diagnostics.length + (state.checking ? ', diperiksa ulang' : '') + ')';
  $('diagnostics').classList.toggle('checking', state.checking);
  $('diagnostics').replaceChildren(...state.diagnostics.map((d) => {
    const li = el('li', d.severity);
    li.append(el('span', 'code', d.code), el('span', 'message', d.message), el('span', 'where', d.file + ':' + d.start.line + ':' + d.start.column));
    if (d.hint) li.append(el('span', 'hint', d.hint));
    const unit = state.outline.find((u) => u.id === d.unit);
    if (unit) { li.title = 'Ke halaman ' + unit.label; li.onclick = () => jumpTo(unit.label); }
    return li;
  }));
}

function showOutline(state) {
  $('outline').replaceChildren(...state.outline.map((u) => {
    const a = el('a', u.kind, u.label + (u.judul ? ' ' + u.judul : ''));
    a.style.paddingLeft = (u.depth * 0.8) + 'rem';
    a.onclick = () => jumpTo(u.label);
    return a;
  }));
}

/** Lines of one page: its text pieces grouped by their vertical position, with that position. */
function linesOf(page) {
  const rows = new Map();
  for (const f of page.querySelectorAll('foreignObject')) {
    const top = f.getBoundingClientRect().top;
    const y = Math.round(top / 2);
    const row = rows.get(y) || { top, text: '' };
    row.text += f.textContent;
    rows.set(y, row);
  }
  return [...rows.values()].map((r) => ({ top: r.top, text: r.text.replace(/\s+/g, ' ').trim() }));
}

/** Scrolls to the first line that is the label (a heading: "Pasal 12", "BAB III") and flashes its page. */
function jumpTo(label) {
  const main = $('pages');
  for (const page of main.querySelectorAll('.page-box')) {
    const line = linesOf(page).find((l) => l.text === label || l.text.startsWith(label + ' '));
    if (line) {
      const top = line.top - main.getBoundingClientRect().top + main.scrollTop;
      main.scrollTo({ top: Math.max(0, top - 40) });
      page.classList.add('flash');
      setTimeout(() => page.classList.remove('flash'), 800);
      return true;
    }
  }
  return false;
}
window.naskahJumpTo = jumpTo;

$('doc').onchange = () => {
  doc = $('doc').value;
  history.replaceState(null, '', '?doc=' + encodeURIComponent(doc));
  shownPages = -1;
  shownPanel = '';
  glyphs = '';
  pushed = null;
  arrived.clear();
  $('pages').replaceChildren();
  refresh();
};

const events = new EventSource('/events');
events.addEventListener('update', (e) => {
  const update = JSON.parse(e.data);
  if (update.id !== doc) return;
  pushed = update;
  for (const [t, svg] of Object.entries(update.pages)) arrived.set(t, svg);
  refresh();
});
events.onopen = () => refresh();
`;
