// In-process benchmarks for `make bench` (issue 3 "Performance", issue 8 item 4).
//
// Usage: pmobench WORKLOAD [--iterations N] [--json] ARGS...
//
// Each workload times its body several times in this process (thread CPU time) and reports the
// median, so that start-up, file reading, page-cache effects and other processes on a shared
// machine stay out of the figures. Workloads that have a floor (the least work any
// implementation must do) report both and the ratio.
import CYAML
import Foundation
import PMOSupport
import PMOYAML

/// One timed measurement series.
struct Series {
    var name: String
    var samples: [Duration]
    var bytes: Int

    var median: Duration {
        let sorted = samples.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var medianSeconds: Double { median.seconds }

    var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / medianSeconds }
}

extension Duration {
    var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}

/// Options shared by every workload.
struct Options {
    var iterations = 7
    var json = false
    var arguments: [String] = []

    static func parse(_ raw: ArraySlice<String>) throws -> Options {
        var options = Options()
        var rest = raw
        while let argument = rest.popFirst() {
            switch argument {
            case "--iterations":
                guard let value = rest.popFirst().flatMap(Int.init), value > 0 else {
                    throw BenchError.usage("--iterations needs a positive number")
                }
                options.iterations = value
            case "--json":
                options.json = true
            default:
                options.arguments.append(argument)
            }
        }
        return options
    }
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case failed(String)

    var description: String {
        switch self {
        case .usage(let message): return "usage: \(message)"
        case .failed(let message): return message
        }
    }
}

/// The CPU time `body` takes on this thread.
///
/// CPU time rather than wall time: the benchmark machine is shared (parallel builds on two
/// cores), and a parse is single-threaded, so CPU time is what the two workloads really cost.
func cpuTime(_ body: () throws -> Void) rethrows -> Duration {
    func now() -> Duration {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return .seconds(spec.tv_sec) + .nanoseconds(spec.tv_nsec)
    }
    let start = now()
    try body()
    return now() - start
}

/// Runs `body` once to warm up, then `iterations` times, and returns the CPU times.
func measure(iterations: Int, _ body: () throws -> Void) rethrows -> [Duration] {
    try body()
    var samples: [Duration] = []
    samples.reserveCapacity(iterations)
    for _ in 0..<iterations {
        samples.append(try cpuTime(body))
    }
    return samples
}

/// Reads every file into memory up front, so that workloads compare parsing only.
func readFiles(_ paths: [String]) throws -> [InputFile] {
    guard !paths.isEmpty else { throw BenchError.usage("give at least one YAML file") }
    return try paths.map { path in
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchError.failed("pmobench: cannot read \(path)")
        }
        return (path, [UInt8](data))
    }
}

// MARK: - YAML workloads

/// The floor: pull every libyaml event and do nothing else. Returns the number of events.
@discardableResult
func scanEvents(_ bytes: [UInt8]) -> Int {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { return -1 }
    defer { yaml_parser_delete(&parser) }
    var events = 0
    bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            events += 1
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { break }
        }
    }
    return events
}

/// PMOYAML loading the same bytes: node tree, ranges, core schema, duplicate keys, limits.
func loadDocuments(_ path: String, _ bytes: [UInt8]) throws -> Int {
    let stream = try YAMLLoader().load(SourceFile(path: path, bytes: bytes))
    return stream.documents.count
}

typealias InputFile = (path: String, bytes: [UInt8])

func scanAll(_ files: [InputFile]) {
    for file in files { scanEvents(file.bytes) }
}

func loadAll(_ files: [InputFile]) throws {
    for file in files { _ = try loadDocuments(file.path, file.bytes) }
}

/// Loads every file once and fails loudly on invalid input, instead of timing the error path.
func checkLoads(_ files: [InputFile]) throws {
    do { try loadAll(files) } catch let list as DiagnosticList {
        throw BenchError.failed(list.diagnostics.prefix(3).map(\.summary).joined(separator: "\n"))
    }
}

func totalBytes(_ files: [InputFile]) -> Int {
    files.reduce(0) { $0 + $1.bytes.count }
}

// MARK: - Reporting

func line(_ series: Series) -> String {
    String(
        format: "%-10@ median %9.2f ms cpu  %8.1f MB/s  (%d runs, %d bytes)",
        series.name as NSString, series.medianSeconds * 1000, series.megabytesPerSecond, series.samples.count, series.bytes)
}

/// Prints the figures as text, or with `--json` as one JSON object on stdout and the text on stderr.
func report(_ series: [Series], ratio: (pmo: Series, floor: Series)?, options: Options) {
    var text = series.map(line).joined(separator: "\n") + "\n"
    if let ratio {
        let percent = 100 * ratio.floor.medianSeconds / ratio.pmo.medianSeconds
        text += String(
            format: "ratio      %@ takes %.2f× the time of %@: throughput %.1f%% of the floor (target ≥ 50%%)\n",
            ratio.pmo.name as NSString, ratio.pmo.medianSeconds / ratio.floor.medianSeconds,
            ratio.floor.name as NSString, percent)
    }
    guard options.json else {
        print(text, terminator: "")
        return
    }
    FileHandle.standardError.write(Data(text.utf8))
    var object: [String: Any] = [:]
    for s in series {
        object[s.name] =
            [
                "median_seconds": s.medianSeconds,
                "mb_per_second": s.megabytesPerSecond,
                "bytes": s.bytes,
                "samples_seconds": s.samples.map(\.seconds),
            ] as [String: Any]
    }
    if let ratio {
        object["time_ratio"] = ratio.pmo.medianSeconds / ratio.floor.medianSeconds
        object["throughput_percent"] = 100 * ratio.floor.medianSeconds / ratio.pmo.medianSeconds
    }
    if let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
        let json = String(data: data, encoding: .utf8)
    {
        print(json)
    }
}

// MARK: - Workloads

/// A named workload: what it measures and how to run it.
struct Workload {
    var name: String
    var summary: String
    var run: (Options) throws -> Void
}

let workloads: [Workload] = [
    Workload(name: "yaml-scan", summary: "bare libyaml event pull over FILE... (the floor)") { options in
        let files = try readFiles(options.arguments)
        let samples = measure(iterations: options.iterations) { scanAll(files) }
        report([Series(name: "yaml-scan", samples: samples, bytes: totalBytes(files))], ratio: nil, options: options)
    },
    Workload(name: "yaml-load", summary: "PMOYAML YAMLLoader over FILE...") { options in
        let files = try readFiles(options.arguments)
        try checkLoads(files)
        let samples = try measure(iterations: options.iterations) { try loadAll(files) }
        report([Series(name: "yaml-load", samples: samples, bytes: totalBytes(files))], ratio: nil, options: options)
    },
    Workload(name: "yaml", summary: "yaml-scan and yaml-load over the same FILE..., with the ratio") { options in
        let files = try readFiles(options.arguments)
        try checkLoads(files)
        scanAll(files)
        // Alternate the two so that a busy machine slows both alike.
        var scan = Series(name: "yaml-scan", samples: [], bytes: totalBytes(files))
        var load = Series(name: "yaml-load", samples: [], bytes: totalBytes(files))
        for _ in 0..<options.iterations {
            scan.samples.append(cpuTime { scanAll(files) })
            load.samples.append(try cpuTime { try loadAll(files) })
        }
        report([scan, load], ratio: (load, scan), options: options)
    },
    markdownWorkload,
]

func usage(_ workloads: [Workload]) -> String {
    var text = "usage: pmobench WORKLOAD [--iterations N] [--json] ARGS...\n\nworkloads:\n"
    for workload in workloads {
        text += "  " + workload.name.padding(toLength: 11, withPad: " ", startingAt: 0) + workload.summary + "\n"
    }
    return text
}

let arguments = CommandLine.arguments
guard arguments.count >= 2, let workload = workloads.first(where: { $0.name == arguments[1] }) else {
    FileHandle.standardError.write(Data(usage(workloads).utf8))
    exit(2)
}
do {
    try workload.run(try Options.parse(arguments.dropFirst(2)))
} catch let error as BenchError {
    FileHandle.standardError.write(Data("pmobench \(workload.name): \(error)\n".utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("pmobench \(workload.name): \(error)\n".utf8))
    exit(1)
}
