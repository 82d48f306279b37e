import PMOServer

/// The portfolio's query string (`owner`, `template`, `version`, `phase`, `state`, `q`, `sort`, `dir`, `page`):
/// read into a store query, and written back into links so that every view is a bookmarkable URL.
struct PortfolioParameters: Sendable {
    static let pageSize = 100
    /// The most rows one export carries.
    static let exportLimit = 10_000
    /// The most projects a filtered view's counts are taken from the rows of (past it, from the store's totals).
    static let countingRowLimit = 500

    var fields: FormFields
    var owner: String?
    var template: String?
    var version: String?
    var phase: String?
    var state: PortfolioState?
    var text: String?
    var sort: PortfolioSort
    var descending: Bool
    /// 1-based.
    var page: Int

    /// Reads the query; an unknown `state`, `sort` or `page` falls back to the default rather than failing.
    init(_ fields: FormFields) {
        self.fields = fields
        owner = fields["owner"]
        template = fields["template"]
        version = fields["version"]
        phase = fields["phase"]
        state = fields["state"].flatMap(PortfolioState.init(rawValue:))
        text = fields["q"].map { String($0.prefix(200)) }
        sort = fields["sort"].flatMap(PortfolioSort.init(rawValue:)) ?? .name
        descending = fields["dir"] == "desc"
        page = max(1, min(fields["page"].flatMap { Int($0) } ?? 1, 1_000_000))
    }

    /// The store query for the page (or, for an export, for every matching row up to ``exportLimit``).
    func query(now: Int64, staleDays: Int, export: Bool) -> PortfolioQuery {
        PortfolioQuery(
            owner: owner, template: template, version: version, phase: phase, state: state, text: text,
            sort: sort, descending: descending,
            offset: export ? 0 : (page - 1) * Self.pageSize, limit: export ? Self.exportLimit : Self.pageSize,
            now: now, staleDays: staleDays)
    }

    /// The URL of this view with one parameter changed (nil removes it); the page resets unless it is the one changed.
    func link(_ name: String, _ value: String?) -> String {
        var changed = fields.setting("format", nil).setting("table", nil)
        if name != "page" { changed = changed.setting("page", nil) }
        return "/" + changed.setting(name, value).queryString
    }

    /// The link of a column heading: sorts by it, or flips the direction when it already does.
    func sortLink(_ column: PortfolioSort) -> String {
        let flip = sort == column && !descending
        let fields = self.fields.setting("page", nil).setting("format", nil).setting("table", nil)
            .setting("sort", column.rawValue).setting("dir", flip ? "desc" : nil)
        return "/" + fields.queryString
    }
}
