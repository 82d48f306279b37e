extension DashboardTemplates.Source {
    /// The portfolio (`/`): the counts, the filter form, one row per project, the pager.
    static let portfolio = Self(
        name: "portfolio",
        text: """
            <ul class="cards" id="counts">{{#cards}}<li{{#alert}} class="alert"{{/alert}} id="count-{{id}}"><a href="{{href}}"><span class="count">{{count}}</span>{{label}}</a></li>{{/cards}}</ul>
            <form class="filters" method="get" action="/" role="search"><label>検索<input type="search" name="q" value="{{search}}" placeholder="ID・名前・オーナー"></label>
            {{#menus}}<label>{{label}}<select name="{{name}}"><option value="">すべて</option>{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{text}}</option>{{/options}}</select></label>
            {{/menus}}{{#hidden}}<input type="hidden" name="{{name}}" value="{{value}}">{{/hidden}}<button type="submit">絞り込む</button> <a href="/">解除</a></form>
            <p class="note" id="result-count">{{total}}件中 {{firstShown}}–{{lastShown}}件を表示</p>
            {{#exports}}{{>exports}}{{/exports}}
            <div class="table-wrap"><table id="projects"><thead><tr>{{#columns}}<th{{#sorted}} aria-sort="{{.}}"{{/sorted}}><a href="{{href}}">{{heading}}{{mark}}</a></th>{{/columns}}</tr></thead><tbody>
            {{#rows}}<tr><td><a href="{{href}}">{{name}}</a>{{#showID}}<br><code>{{id}}</code>{{/showID}}</td><td>{{owner}}</td><td>{{#templates}}{{^first}}<br>{{/first}}<code>{{text}}</code>{{/templates}}</td><td>{{#behind}}<span class="badge behind">{{versionsBehind}}版遅れ</span>{{/behind}}{{^behind}}<span class="badge ok">最新</span>{{/behind}}</td><td class="number{{#hasErrors}} errors{{/hasErrors}}">{{errors}}</td><td class="number">{{warnings}}</td><td>{{>progress}}</td><td{{#stale}} class="overdue"{{/stale}}>{{age}}</td></tr>
            {{/rows}}{{^rows}}<tr><td colspan="{{columnCount}}">該当するプロジェクトはありません</td></tr>{{/rows}}
            </tbody></table></div>
            <nav class="pager" aria-label="ページ">{{#previous}}<a rel="prev" href="{{.}}">← 前へ</a>{{/previous}}<span>{{page}} / {{pages}} ページ</span>{{#next}}<a rel="next" href="{{.}}">次へ →</a>{{/next}}</nav>
            """)
}
