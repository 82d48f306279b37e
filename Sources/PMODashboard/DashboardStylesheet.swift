/// The one small stylesheet (`/dashboard.css`): the published site's palette and fonts, plus the dashboard's
/// cards, bars, badges and charts. System fonts only, no CDN; tables scroll sideways on a phone.
enum DashboardStylesheet {
    static let source = """
        :root { --fg: #1d2329; --muted: #5b6570; --line: #d8dde3; --bg: #ffffff; --soft: #f4f6f8; --accent: #0b5cad;
          --ok: #1f7a3a; --warn: #8a5a00; --bad: #b3261e; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; color: var(--fg); background: var(--bg); line-height: 1.6;
          font-family: system-ui, -apple-system, "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif; }
        a { color: var(--accent); }
        code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Noto Sans Mono CJK JP", monospace; font-size: .92em; }
        .site-header { display: flex; gap: 1rem; align-items: center; justify-content: space-between; padding: .6rem 1rem;
          border-bottom: 1px solid var(--line); }
        .site-title { font-weight: 700; text-decoration: none; color: var(--fg); }
        .site-nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: 0; padding: .4rem 1rem; background: var(--soft); }
        .site-nav a[aria-current] { font-weight: 700; color: var(--fg); }
        main { max-width: 80rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.5rem; line-height: 1.4; margin: .5rem 0; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.05rem; margin-top: 1.25rem; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: .75rem; list-style: none; padding: 0; }
        .cards li { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; }
        .cards a { text-decoration: none; color: inherit; display: block; }
        .cards .count { display: block; font-size: 1.6rem; font-weight: 700; }
        .cards .alert .count { color: var(--bad); }
        .filters { display: flex; flex-wrap: wrap; gap: .5rem .75rem; align-items: end; background: var(--soft); padding: .75rem; border-radius: 6px; }
        .filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
        .filters input, .filters select, .filters button, .signin input, .signin button { font-size: 1rem; padding: .3rem .5rem; }
        .filters select { max-width: 16rem; }
        .table-wrap { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; margin: .75rem 0; font-size: .93rem; }
        th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
        th { background: var(--soft); white-space: nowrap; }
        th a { text-decoration: none; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        td code, .progress, .nowrap, td.done-total { white-space: nowrap; }
        .badge { display: inline-block; white-space: nowrap; padding: 0 .45rem; border-radius: 4px; font-size: .8rem; border: 1px solid var(--line); background: var(--soft); }
        .badge.behind, .badge.warning { color: var(--warn); border-color: var(--warn); }
        .badge.error, .badge.overdue, .badge.failed { color: var(--bad); border-color: var(--bad); }
        .badge.ok, .badge.met { color: var(--ok); border-color: var(--ok); }
        .errors { color: var(--bad); font-weight: 700; }
        .bar { display: inline-block; width: 6rem; height: .7rem; background: var(--soft); border: 1px solid var(--line); border-radius: 3px;
          vertical-align: middle; overflow: hidden; }
        .bar span { display: block; height: 100%; background: var(--ok); }
        .overdue-row, .overdue { color: var(--bad); }
        .pager { display: flex; gap: 1rem; align-items: center; }
        .note, .exports, .help { color: var(--muted); font-size: .88rem; }
        .chart { max-width: 100%; height: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
        .chart .axis { stroke: var(--line); }
        .chart text { font-size: 11px; fill: var(--muted); }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: 1rem 0; }
        .facts dt { color: var(--muted); }
        .facts dd { margin: 0; }
        .signout button { font-size: .85rem; }
        .message { white-space: pre-wrap; overflow-wrap: break-word; }
        .site-footer { color: var(--muted); font-size: .85rem; text-align: center; padding: 2rem 1rem; }
        @media (max-width: 40rem) {
          main { padding: .75rem; }
          .facts { grid-template-columns: 1fr; }
          h1 { font-size: 1.3rem; }
          .bar { width: 3.5rem; }
          .cards { grid-template-columns: repeat(2, 1fr); gap: .5rem; }
          .cards li { padding: .4rem .6rem; }
          .cards .count { font-size: 1.3rem; }
          .filters label { flex: 1 1 9rem; min-width: 0; }
          .filters label:first-child { flex-basis: 100%; }
          .filters input, .filters select { width: 100%; max-width: none; }
        }

        """
}
