extension DashboardTemplates.Source {
    /// The campaign list (`/campaigns`): each campaign's deadline and done/total, overdue ones in red.
    static let campaigns = Self(
        name: "campaigns",
        text: """
            {{^hasCatalog}}<p class="note">カタログが指定されていないため、キャンペーンはありません（<code>pmo serve --catalog DIR</code>）。</p>{{/hasCatalog}}
            {{#hasCatalog}}{{^campaigns}}<p class="note">カタログにキャンペーン（kind: Campaign）がありません</p>{{/campaigns}}{{/hasCatalog}}
            {{#hasCampaigns}}{{#exports}}{{>exports}}{{/exports}}
            <div class="table-wrap"><table id="campaigns"><thead><tr><th>キャンペーン</th><th>オーナー</th><th>期限</th><th>達成</th><th>進捗</th></tr></thead><tbody>
            {{#campaigns}}<tr{{#deadline.overdue}} class="overdue-row"{{/deadline.overdue}}><td><a href="{{href}}">{{title}}</a><br><code>{{name}}</code></td><td>{{owner}}</td><td>{{#deadline}}{{>deadline}}{{/deadline}}</td><td class="number done-total">{{done}} / {{total}}</td><td>{{>progress}}</td></tr>
            {{/campaigns}}</tbody></table></div>{{/hasCampaigns}}
            """)
}
