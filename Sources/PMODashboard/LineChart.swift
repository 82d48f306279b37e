import Foundation

/// A small line chart drawn on the server as inline SVG: no library, no script.
struct LineChart {
    /// One line: its label, colour and a value per point.
    struct Series {
        var label: String
        var color: String
        var values: [Double]
    }

    var title: String
    /// One label per point (dates), first and last shown.
    var labels: [String]
    var series: [Series]
    /// The top of the axis at least this (100 for percentages).
    var minimumTop: Double = 1
    var width = 640
    var height = 180

    /// The `<svg>` element, or a note when there is nothing to draw.
    var svg: String {
        guard !labels.isEmpty else { return "<p class=\"note\">履歴がまだありません</p>" }
        let left = 36.0
        let right = 8.0
        let top = 10.0
        let bottom = 24.0
        let plotWidth = Double(width) - left - right
        let plotHeight = Double(height) - top - bottom
        let maximum = max(minimumTop, series.flatMap(\.values).max() ?? 0)
        let step = labels.count > 1 ? plotWidth / Double(labels.count - 1) : 0
        func x(_ index: Int) -> Double { left + (labels.count > 1 ? Double(index) * step : plotWidth / 2) }
        func y(_ value: Double) -> Double { top + plotHeight - (value / maximum) * plotHeight }
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" role=\"img\" "
        out += "aria-label=\"\(HTMLEscape.text(title))\" xmlns=\"http://www.w3.org/2000/svg\"><title>\(HTMLEscape.text(title))</title>"
        out += "<line class=\"axis\" x1=\"\(left)\" y1=\"\(top + plotHeight)\" x2=\"\(left + plotWidth)\" y2=\"\(top + plotHeight)\"/>"
        out += "<line class=\"axis\" x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(top + plotHeight)\"/>"
        out += "<text x=\"\(left - 4)\" y=\"\(top + 8)\" text-anchor=\"end\">\(Self.number(maximum))</text>"
        out += "<text x=\"\(left - 4)\" y=\"\(top + plotHeight)\" text-anchor=\"end\">0</text>"
        out += "<text x=\"\(left)\" y=\"\(Double(height) - 6)\">\(HTMLEscape.text(labels[0]))</text>"
        if labels.count > 1 {
            out +=
                "<text x=\"\(left + plotWidth)\" y=\"\(Double(height) - 6)\" text-anchor=\"end\">\(HTMLEscape.text(labels[labels.count - 1]))</text>"
        }
        for (position, line) in series.enumerated() {
            let points = line.values.enumerated().map { "\(Self.number(x($0.offset))),\(Self.number(y($0.element)))" }
            out += "<polyline fill=\"none\" stroke=\"\(line.color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\">"
            out += "<title>\(HTMLEscape.text(line.label))</title></polyline>"
            if line.values.count == 1, let only = line.values.first {
                out += "<circle cx=\"\(Self.number(x(0)))\" cy=\"\(Self.number(y(only)))\" r=\"3\" fill=\"\(line.color)\"/>"
            }
            out +=
                "<text x=\"\(left + 8 + Double(position) * 140)\" y=\"\(top + 10)\" style=\"fill:\(line.color)\">\(HTMLEscape.text(line.label))</text>"
        }
        return out + "</svg>"
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}
