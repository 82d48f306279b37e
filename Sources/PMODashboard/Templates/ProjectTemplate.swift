extension DashboardTemplates.Source {
    /// A project's page (`/projects/{id}`): its facts, the history charts (SVG the server drew) and its tables.
    static let project = Self(
        name: "project",
        text: """
            <dl class="facts">{{#facts}}<dt>{{term}}</dt><dd>{{#code}}<code>{{value}}</code>{{/code}}{{^code}}{{value}}{{/code}}</dd>{{/facts}}</dl>
            <h2 id="history">推移</h2>
            {{#charts}}<h3>{{title}}</h3>{{{svg}}}
            {{/charts}}{{#sections}}{{>table}}
            {{/sections}}{{#historyExports}}{{>exports}}{{/historyExports}}
            """)
}
