/**
 * The preview page's script (runs in the browser). It asks /api/state for the diagnostics and
 * outline, fetches only the pages whose content hash changed (/api/page), swaps them in place (scroll kept), and
 * listens to /events for rebuilds. User text is inserted as text, never as HTML.
 */
export const PAGE_JS = String.raw`
const $ = (id) => document.getElementById(id);
let doc = new URLSearchParams(location.search).get('doc') || '';
let shownPages = -1;
let busy = null;
let glyphs = '';

function q(path) { return path + (doc ? (path.includes('?') ? '&' : '?') + 'doc=' + encodeURIComponent(doc) : ''); }

async function refresh() {
  if (busy) { busy.again = true; return busy.done; }
  busy = { again: false };
  busy.done = (async () => {
    do {
      busy.again = false;
      const r = await fetch(q('/api/state'));
      if (!r.ok) { $('status').textContent = 'Dokumen tidak ada.'; return; }
      const { documents, state } = await r.json();
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
      showDiagnostics(state);
      showOutline(state);
      document.body.dataset.version = String(state.version);
      document.body.dataset.fresh = String(state.fresh);
    } while (busy.again);
  })();
  try { await busy.done; } finally { busy = null; }
}

/** Swaps in the pages whose content hash changed; unchanged pages stay in the DOM untouched. */
async function showPages(state) {
  const main = $('pages');
  const top = main.scrollTop;
  if (glyphs !== state.headHash) {
    const r = await fetch(q('/api/glyphs'));
    if (!r.ok) throw new Error('stale');
    $('glyphs-holder').innerHTML = await r.text();
    glyphs = state.headHash;
  }
  const have = new Map([...main.children].map((e) => [e.dataset.tid, e]));
  const missing = state.pageIds.filter((t) => !have.has(t));
  const fetched = new Map(await Promise.all(missing.map(async (t) => {
    const r = await fetch(q('/api/page') + '&tid=' + encodeURIComponent(t));
    if (!r.ok) throw new Error('stale');
    return [t, await r.text()];
  })));
  const nodes = state.pageIds.map((t) => {
    const kept = have.get(t);
    if (kept) { have.delete(t); return kept; }
    const box = el('div', 'page-box');
    box.dataset.tid = t;
    box.innerHTML = fetched.get(t);
    const svg = box.firstElementChild;
    if (svg) box.style.aspectRatio = svg.getAttribute('width') + ' / ' + svg.getAttribute('height');
    return box;
  });
  for (const e of have.values()) e.remove();
  nodes.forEach((n, i) => { if (main.children[i] !== n) main.insertBefore(n, main.children[i] || null); });
  main.scrollTop = top;
  document.body.dataset.replaced = String(missing.length);
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
  $('count').textContent = '(' + state.diagnostics.length + ')';
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
  glyphs = '';
  $('pages').replaceChildren();
  refresh();
};

const events = new EventSource('/events');
events.addEventListener('update', (e) => { if (JSON.parse(e.data).id === doc) refresh(); });
events.onopen = () => refresh();
`;
