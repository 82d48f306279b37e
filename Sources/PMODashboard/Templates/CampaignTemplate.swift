extension DashboardTemplates.Source {
    /// One campaign (`/campaigns/{name}`): its facts, the burn-up (SVG the server drew), the targets that could not be
    /// evaluated and the projects still open, by owner.
    static let campaign = Self(
        name: "campaign",
        text: """
            <p>{{description}}</p><dl class="facts"><dt>オーナー</dt><dd>{{owner}}</dd><dt>期限</dt><dd>{{#deadline}}{{>deadline}}{{/deadline}}</dd><dt>目標（CEL）</dt><dd><code>{{target}}</code></dd><dt>対象</dt><dd>{{scope}}</dd><dt>達成</dt><dd id="done-total" class="{{#deadline.overdue}}overdue{{/deadline.overdue}}">{{done}} / {{total}} {{>progress}}</dd></dl>
            {{#guidance}}<h2>進め方</h2><p class="message">{{.}}</p>{{/guidance}}
            <h2 id="burn-up">バーンアップ</h2>{{{burnUp}}}{{#burnUpExports}}{{>exports}}{{/burnUpExports}}
            {{#hasFailed}}<h2 id="failed">評価できなかったプロジェクト</h2><p class="note">目標を評価できなかったプロジェクトは未達成として数えます。</p><ul>{{#failed}}<li><a href="{{href}}">{{name}}</a>: <span class="badge failed">評価エラー</span> <span class="message">{{reason}}</span></li>{{/failed}}</ul>{{/hasFailed}}
            <h2 id="open">未達成のプロジェクト（オーナー別）</h2>
            {{^owners}}<p class="note">ありません</p>{{/owners}}{{#hasOpen}}{{#openExports}}{{>exports}}{{/openExports}}{{/hasOpen}}
            {{#owners}}<h3>{{owner}}（{{count}}件）</h3><ul class="open-projects">{{#projects}}<li><a href="{{href}}">{{name}}</a></li>{{/projects}}</ul>
            {{/owners}}
            """)
}
