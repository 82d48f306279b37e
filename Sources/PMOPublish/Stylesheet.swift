/// The one small stylesheet (`assets/site.css`): system fonts only, no CDN, readable on a phone.
enum Stylesheet {
    static let source = """
        :root { --fg: #1d2329; --muted: #5b6570; --line: #d8dde3; --bg: #ffffff; --soft: #f4f6f8; --accent: #0b5cad;
          --ok: #1f7a3a; --warn: #8a5a00; --bad: #b3261e; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--fg); background: var(--bg); line-height: 1.75;
          font-family: system-ui, -apple-system, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif; }
        a { color: var(--accent); }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK JP", monospace; font-size: .92em; }
        pre { background: var(--soft); padding: .75rem; overflow-x: auto; border-radius: 6px; white-space: pre-wrap; word-break: break-word; }
        .site-header { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between;
          padding: .6rem 1rem; border-bottom: 1px solid var(--line); }
        .site-title { font-weight: 700; text-decoration: none; color: var(--fg); }
        .site-search input, .search-form input { width: 100%; min-width: 12rem; padding: .45rem .6rem; font-size: 1rem;
          border: 1px solid var(--line); border-radius: 6px; }
        .site-nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: .4rem 1rem; background: var(--soft); }
        .site-nav a[aria-current] { font-weight: 700; color: var(--fg); }
        .breadcrumbs ol { display: flex; flex-wrap: wrap; list-style: none; margin: 0; padding: .5rem 1rem 0; font-size: .9rem; color: var(--muted); }
        .breadcrumbs li + li::before { content: "›"; margin: 0 .4rem; }
        main { max-width: 56rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.6rem; line-height: 1.4; margin: .5rem 0; }
        h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.08rem; margin-top: 1.5rem; }
        .kind, .kind-note { color: var(--muted); font-size: .85rem; margin: 0; }
        .description { font-size: 1.05rem; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 1rem 0; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; }
        .tags { display: flex; flex-wrap: wrap; gap: .3rem; list-style: none; margin: 0; padding: 0; }
        .tags a { display: inline-block; padding: 0 .5rem; border: 1px solid var(--line); border-radius: 999px; text-decoration: none; font-size: .88rem; }
        .badge { display: inline-block; padding: 0 .5rem; border-radius: 4px; font-size: .8rem; background: var(--soft); border: 1px solid var(--line); }
        .freshness-fresh, .status-active, .policy-managed { color: var(--ok); border-color: var(--ok); }
        .freshness-reviewSoon, .status-draft, .severity-warning, .policy-seeded { color: var(--warn); border-color: var(--warn); }
        .freshness-overdue, .status-deprecated, .severity-error { color: var(--bad); border-color: var(--bad); }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .95rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: var(--soft); }
        .align-center { text-align: center; } .align-right { text-align: right; }
        .help, .note, .legend { color: var(--muted); font-size: .88rem; margin: .25rem 0; }
        .toc { background: var(--soft); padding: .5rem 1rem; border-radius: 6px; }
        .toc h2 { border: 0; margin: .25rem 0; font-size: 1rem; }
        .toc-level-3 { margin-left: 1rem; }
        .anchor { margin-left: .4rem; text-decoration: none; color: var(--line); font-size: .85em; }
        h2:hover .anchor, h3:hover .anchor, h4:hover .anchor { color: var(--muted); }
        .rule { border-top: 1px dashed var(--line); margin-top: 1.5rem; }
        .example-pass { border-left: 4px solid var(--ok); }
        .example-fail { border-left: 4px solid var(--bad); }
        mark { background: #ffe58a; color: inherit; }
        mark.marker { background: #ffd0cc; font-weight: 700; }
        .file-tree { list-style: none; padding-left: 0; }
        .file-tree li::before { content: "📄 "; }
        details { margin: .5rem 0; }
        summary { cursor: pointer; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: .75rem; list-style: none; padding: 0; }
        .cards li { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
        .cards .count { display: block; font-size: 1.5rem; font-weight: 700; }
        .doc-list { list-style: none; padding: 0; }
        .doc-list li { padding: .5rem 0; border-bottom: 1px solid var(--line); }
        .doc-list p { margin: .1rem 0; color: var(--muted); font-size: .92rem; }
        #search-results li { margin-bottom: .9rem; }
        .snippet { margin: .15rem 0; color: var(--muted); font-size: .92rem; }
        .site-footer { color: var(--muted); font-size: .85rem; text-align: center; padding: 2rem 1rem; }
        @media (max-width: 40rem) { .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: .4rem; } h1 { font-size: 1.35rem; } }

        """
}
