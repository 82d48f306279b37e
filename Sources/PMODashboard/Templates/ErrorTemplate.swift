extension DashboardTemplates.Source {
    /// The body of an error page (404, 500): the message and the way back.
    static let errorPage = Self(
        name: "error",
        text: """
            <p>{{message}}</p><p><a href="/">ポートフォリオへ</a></p>
            """)
}
