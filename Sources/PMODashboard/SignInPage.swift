import PMOServer

/// The small sign-in form that sets the read cookie, and the rules for what it accepts.
enum SignInPage {
    /// The cookie holding the read token (HttpOnly, SameSite=Strict).
    static let cookieName = ReportService.readCookie

    /// The form, answered with 401 to a reader without a token.
    static func html(next: String, failed: Bool, templates: DashboardTemplates) -> String {
        PageLayout(signedIn: false, templates: templates).page(
            title: "サインイン", section: nil, body: .signIn, ["next": next, "failed": failed])
    }

    /// Where to go after signing in: a path on this site only (never `//host` or a scheme), else `/`.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"),
            !next.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" })
        else { return "/" }
        return next
    }

    /// Whether the token can be a cookie value as it is (tokens are `pmo_` and hex).
    static func isCookieSafe(_ token: String) -> Bool {
        !token.isEmpty && token.count <= 256
            && token.unicodeScalars.allSatisfy { scalar in
                ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "_"
                    || scalar == "-"
            }
    }
}
