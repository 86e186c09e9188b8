/** The preview page's HTML and style (served from memory; the page's words are Indonesian). */

export const PAGE_HTML = `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Pratinjau naskah</title>
<link rel="stylesheet" href="/app.css">
</head>
<body>
<header>
  <label>Dokumen <select id="doc"></select></label>
  <span id="status" role="status">Memuat…</span>
</header>
<nav id="outline" aria-label="Kerangka"></nav>
<main id="pages" aria-label="Halaman"></main>
<div id="glyphs-holder" hidden></div>
<aside aria-label="Temuan"><h2>Temuan <span id="count"></span></h2><ol id="diagnostics"></ol></aside>
<script type="module" src="/app.js"></script>
</body>
</html>
`;

export const PAGE_CSS = `
* { box-sizing: border-box; }
body { margin: 0; height: 100vh; display: grid; grid-template: "head head head" auto "outline pages diag" 1fr / 14rem 1fr 24rem; font: 14px/1.4 system-ui, sans-serif; background: #e8e8e8; }
header { grid-area: head; display: flex; gap: 1rem; align-items: center; padding: .4rem .8rem; background: #243b53; color: #fff; }
#status.error { color: #ffb3b3; font-weight: bold; }
nav { grid-area: outline; overflow: auto; padding: .5rem; background: #f7f7f7; border-right: 1px solid #ccc; }
nav a { display: block; color: #243b53; text-decoration: none; padding: .1rem 0; cursor: pointer; }
nav a:hover { text-decoration: underline; }
main { grid-area: pages; overflow: auto; padding: 1rem; }
/* Pages off screen are not painted (content-visibility); their size comes from the page's aspect ratio. */
main .page-box { max-width: 900px; margin: 0 auto 1rem; content-visibility: auto; contain-intrinsic-size: auto 900px auto 1380px; }
main svg.page { display: block; width: 100%; height: 100%; background: #fff; box-shadow: 0 0 6px #999; }
main.stale svg { opacity: .45; filter: grayscale(1); }
aside { grid-area: diag; overflow: auto; padding: .5rem; background: #fff; border-left: 1px solid #ccc; }
aside h2 { font-size: 1rem; margin: 0 0 .5rem; }
#diagnostics { list-style: none; padding: 0; margin: 0; }
#diagnostics li { border-left: 4px solid #999; padding: .3rem .5rem; margin-bottom: .4rem; background: #fafafa; cursor: pointer; }
#diagnostics li.error { border-color: #c62828; }
#diagnostics li.warning { border-color: #ef6c00; }
#diagnostics li.info { border-color: #1565c0; }
#diagnostics .code { font-weight: bold; margin-right: .4rem; }
#diagnostics .where { color: #555; font-family: monospace; font-size: 12px; display: block; }
#diagnostics .hint { color: #333; font-style: italic; display: block; }
#diagnostics.checking li { opacity: .55; }
.flash { outline: 3px solid #f9a825; }
`;
