extension DashboardTemplates.Source {
    /// Standards adoption (`/templates`): per template, projects per version and what each version misses; then the
    /// projects on deprecated templates.
    static let adoption = Self(
        name: "adoption",
        text: """
            {{^hasCatalog}}<p class="note">カタログが指定されていないため、最新版・変更履歴・非推奨は表示できません（<code>pmo serve --catalog DIR</code>）。</p>{{/hasCatalog}}
            {{#exports}}{{>exports}}{{/exports}}
            {{#templates}}<h2 id="template-{{name}}">{{name}}{{#known}}（{{title}}・最新 {{latest}}）{{/known}}{{#deprecated}} <span class="badge error">非推奨</span>{{/deprecated}}</h2><div class="table-wrap"><table><thead><tr><th>版</th><th>プロジェクト</th><th>割合</th><th>この版に足りない変更</th></tr></thead><tbody>
            {{#versions}}<tr><td><code>{{version}}</code></td><td class="number"><a href="{{href}}">{{projects}}</a></td><td>{{>progress}}</td><td>{{#missed}}<ul>{{#changes}}<li><code>{{version}}</code> {{text}}</li>{{/changes}}</ul>{{/missed}}{{^missed}}—{{/missed}}</td></tr>
            {{/versions}}</tbody></table></div>
            {{/templates}}{{^templates}}<p class="note">まだ報告がありません</p>{{/templates}}
            <h2 id="deprecated">非推奨テンプレートのプロジェクト</h2>
            {{#deprecatedTemplates}}<h3>{{name}}{{#replacement}}（後継: <code>{{.}}</code>）{{/replacement}}</h3><ul>{{#projects}}<li><a href="{{href}}">{{name}}</a>（{{owner}}）</li>{{/projects}}</ul>
            {{/deprecatedTemplates}}{{^deprecatedTemplates}}<p class="note">ありません</p>{{/deprecatedTemplates}}
            """)
}
