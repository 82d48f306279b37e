extension DashboardTemplates.Source {
    /// Partial: one table of a page with its heading and export links, or ありません when it has no rows; then an
    /// optional `note`. A cell is a number, empty, a rule id (linked when `href` is a URL), a severity or text.
    static let dataTable = Self(
        name: "table",
        text: """
            <h2 id="{{id}}">{{title}}</h2>{{^hasRows}}<p class="note">ありません</p>{{/hasRows}}{{#hasRows}}<div class="table-wrap"><table id="table-{{id}}"><thead><tr>{{#headings}}<th>{{.}}</th>{{/headings}}</tr></thead><tbody>
            {{#rows}}<tr>{{#cells}}{{#isNumber}}<td class="number">{{value}}</td>{{/isNumber}}{{#isEmpty}}<td>—</td>{{/isEmpty}}{{#isRule}}<td>{{#href}}<a href="{{.}}">{{/href}}<code>{{value}}</code>{{#href}}</a>{{/href}}</td>{{/isRule}}{{#isSeverity}}<td><span class="badge {{value}}">{{value}}</span></td>{{/isSeverity}}{{#isMessage}}<td class="message">{{value}}</td>{{/isMessage}}{{/cells}}</tr>
            {{/rows}}</tbody></table></div>{{#exports}}{{>exports}}{{/exports}}{{/hasRows}}{{#note}}<p class="note">{{.}}</p>{{/note}}
            """)
}
