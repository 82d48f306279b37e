extension DashboardTemplates.Source {
    /// Partial: `progress` as a bar and a percentage (`percent`, `done`, `total`), or — when it is false.
    static let progress = Self(
        name: "progress",
        text: """
            {{#progress}}<span class="progress"><span class="bar" role="img" aria-label="{{percent}}%"><span style="width:{{percent}}%"></span></span> {{percent}}% ({{done}}/{{total}})</span>{{/progress}}{{^progress}}—{{/progress}}
            """)
}
