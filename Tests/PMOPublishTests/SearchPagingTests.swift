import Foundation
import PMOPublish
import PMOTestSupport
import Testing

@Suite("Search pages through many hits: snippets for the shown ones only")
struct SearchPagingTests {
    /// Loads the site's index and script like SearchRunner's, then pages through one query's hits.
    static let script = """
        const vm = require('vm'), fs = require('fs');
        const ctx = {};
        vm.createContext(ctx);
        for (const file of ['/search-index.js', '/assets/search.js']) vm.runInContext(fs.readFileSync(process.argv[2] + file, 'utf8'), ctx);
        const hits = vm.runInContext('PMOSearch.search(PMO_SEARCH_INDEX, "進捗 risk")', ctx);
        const before = hits.map(h => h.snippet !== null);
        ctx.hits = hits;
        vm.runInContext('PMOSearch.more(PMO_SEARCH_INDEX, hits, "進捗 risk", PMOSearch.pageSize)', ctx);
        const after = hits.map(h => h.snippet !== null && h.snippet.some(p => p[1]));
        process.stdout.write(JSON.stringify({count: hits.length, pageSize: vm.runInContext('PMOSearch.pageSize', ctx), before, after}));
        """

    struct Outcome: Decodable {
        var count: Int
        var pageSize: Int
        var before: [Bool]
        var after: [Bool]
    }

    @Test(
        "250 matching documents: all ranked, the first page has snippets, `more` adds the next page",
        .enabled(if: SearchRunner.nodeAvailable))
    func paging() throws {
        let folder = try TemporaryFolder()
        _ = try SiteBuilder(catalog: Fixture.catalog(), options: Fixture.options()).build(into: folder.path + "/site")
        var index = SearchIndexBuilder()
        for number in 0..<250 {
            index.add(
                .init(
                    url: "page/p\(number).html", title: "ページ \(number)", kind: "ページ", description: "説明",
                    keywords: "", body: "週次の進捗を報告します。Risk register を更新します。"))
        }
        index.add(.init(url: "page/other.html", title: "無関係", kind: "ページ", description: "", keywords: "", body: "議事録"))
        try Data(index.javaScriptBytes()).write(to: URL(fileURLWithPath: folder.path + "/site/search-index.js"))
        let outcome = try SearchRunner.run(Self.script, arguments: [folder.path + "/site"], decoding: Outcome.self)

        #expect(outcome.count == 250)
        #expect(outcome.before.prefix(outcome.pageSize).allSatisfy { $0 })
        #expect(outcome.before.dropFirst(outcome.pageSize).allSatisfy { !$0 })
        #expect(outcome.after.prefix(2 * outcome.pageSize).allSatisfy { $0 })
        #expect(outcome.after.dropFirst(2 * outcome.pageSize).allSatisfy { !$0 })
    }
}
