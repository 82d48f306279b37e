extension DashboardTemplates.Source {
    /// Partial: a campaign's deadline (`date`), in red with 期限超過 when `overdue`, else with the days left (`left`).
    static let deadline = Self(
        name: "deadline",
        text: """
            {{#overdue}}<span class="overdue"><span class="nowrap">{{date}}</span> <span class="badge overdue">期限超過</span></span>{{/overdue}}{{^overdue}}<span class="nowrap">{{date}}</span>{{#left}}<span class="nowrap">（あと{{.}}日）</span>{{/left}}{{/overdue}}
            """)
}
