import Foundation
import PMOTestSupport

/// Runs the shipped `assets/search.js` under Node against the shipped `search-index.js`:
/// the tests exercise exactly what the browser runs.
enum SearchRunner {
    static let script = """
        const vm = require('vm'), fs = require('fs');
        const dir = process.argv[2], ctx = {};
        vm.createContext(ctx);
        vm.runInContext(fs.readFileSync(dir + '/search-index.js', 'utf8'), ctx);
        vm.runInContext(fs.readFileSync(dir + '/assets/search.js', 'utf8'), ctx);
        const out = {};
        for (const q of JSON.parse(process.argv[3])) {
          ctx.q = q;
          out[q] = vm.runInContext('PMOSearch.search(PMO_SEARCH_INDEX, q)', ctx).map(h => ({url: h.url, marks: (h.snippet || []).filter(p => p[1]).map(p => p[0])}));
        }
        process.stdout.write(JSON.stringify(out));
        """

    /// Only the URLs of the hits, for measurements over thousands of queries (given in a file, not on the command line).
    static let urlScript = """
        const vm = require('vm'), fs = require('fs');
        const dir = process.argv[2], ctx = {};
        vm.createContext(ctx);
        vm.runInContext(fs.readFileSync(dir + '/search-index.js', 'utf8'), ctx);
        vm.runInContext(fs.readFileSync(dir + '/assets/search.js', 'utf8'), ctx);
        const out = {};
        for (const q of JSON.parse(fs.readFileSync(process.argv[3], 'utf8'))) {
          ctx.q = q;
          out[q] = vm.runInContext('PMOSearch.search(PMO_SEARCH_INDEX, q)', ctx).map(h => h.url);
        }
        process.stdout.write(JSON.stringify(out));
        """

    /// The hit URLs for each query, in rank order.
    static func searchURLs(site: String, queries: [String]) throws -> [String: [String]] {
        let folder = try TemporaryFolder()
        try folder.write("queries.json", String(decoding: try JSONEncoder().encode(queries), as: UTF8.self))
        return try run(urlScript, arguments: [site, folder.path + "/queries.json"], decoding: [String: [String]].self)
    }

    struct Hit: Decodable {
        var url: String
        var marks: [String]
    }

    static var nodeAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/node") }

    /// The hits for each query, in rank order.
    static func search(site: String, queries: [String]) throws -> [String: [Hit]] {
        let queryJSON = String(decoding: try JSONEncoder().encode(queries), as: UTF8.self)
        return try run(script, arguments: [site, queryJSON], decoding: [String: [Hit]].self)
    }

    /// Runs a Node script (the shipped files are read by the script itself) and decodes the JSON it prints.
    static func run<Output: Decodable>(_ source: String, arguments: [String], decoding: Output.Type) throws -> Output {
        let folder = try TemporaryFolder()
        try folder.write("run.js", source)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/node")
        process.arguments = [folder.path + "/run.js"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode(Output.self, from: data)
    }
}
