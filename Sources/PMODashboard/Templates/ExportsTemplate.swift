extension DashboardTemplates.Source {
    /// Partial: the CSV and JSON links of one table (`links`: `href`, `label`, `first`).
    static let exports = Self(
        name: "exports",
        text: """
            <p class="exports">書き出し: {{#links}}{{^first}} / {{/first}}<a href="{{href}}">{{label}}</a>{{/links}}</p>
            """)
}
