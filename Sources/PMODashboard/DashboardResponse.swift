import Foundation

/// What a dashboard route answers, before it becomes an HTTP response.
package enum DashboardResponse: Sendable {
    /// A page (status 200 unless given).
    case page(String, status: Int = 200)
    /// A table as CSV or JSON, with a download file name.
    case export(Data, contentType: String, fileName: String)
    /// `303 See Other` to a same-site path, setting (or, with nil, clearing) the read cookie.
    case redirect(String, cookie: String?)
    /// The stylesheet.
    case stylesheet(String)
}

/// The export a request asks for with `?format=csv|json` (and `?table=NAME` on pages with several tables).
package enum ExportFormat: String, Sendable, CaseIterable {
    case csv
    case json

    /// The format of `fields`, nil for the page itself.
    static func requested(_ fields: FormFields) -> ExportFormat? {
        fields["format"].flatMap(ExportFormat.init(rawValue:))
    }

    /// The response carrying `table` (the first of `tables` when none is named), in this format.
    func response(_ tables: [DataTable], named: String?, fileStem: String) -> DashboardResponse {
        let table = tables.first { $0.name == named } ?? tables.first ?? DataTable(name: "empty", columns: [], rows: [])
        let stem = fileStem + "-" + table.name
        switch self {
        case .csv: return .export(table.csv, contentType: "text/csv; charset=utf-8", fileName: stem + ".csv")
        case .json: return .export(table.json, contentType: "application/json", fileName: stem + ".json")
        }
    }
}
