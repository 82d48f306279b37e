/// A dashboard request that cannot be answered with its page: the status and what to tell the reader.
package struct DashboardError: Error, Sendable, Equatable {
    package var status: Int
    /// Shown on the error page (plain text).
    package var message: String
    /// What went wrong inside, for the server's log only.
    package var cause: String?

    package init(status: Int, message: String, cause: String? = nil) {
        self.status = status
        self.message = message
        self.cause = cause
    }

    static func notFound(_ message: String) -> DashboardError {
        DashboardError(status: 404, message: message)
    }

    /// A store failure: 500, details in the log only.
    static func store(_ cause: String) -> DashboardError {
        DashboardError(status: 500, message: "データベースの読み出しに失敗しました。サーバーのログを確認してください。", cause: cause)
    }
}
