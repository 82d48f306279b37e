import Foundation
import PMOSupport
import PMOTestSupport
import Testing

/// `ContainedPath` and `FileBytes.read(_:under:limit:)`: a symbolic link at any level of a path that
/// leads out of the root is refused, one that stays inside is followed, only regular files are read.
@Suite("Contained paths")
struct ContainedPathTests {
    /// `root/` with `root/docs/a.md`, and `outside/secret.txt` beside it.
    private func layout(_ folder: TemporaryFolder) throws -> (root: String, outside: String) {
        let root = folder.path("root")
        let outside = folder.path("outside")
        try FileManager.default.createDirectory(atPath: root + "/docs", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: outside + "/sub", withIntermediateDirectories: true)
        try Data("inside\n".utf8).write(to: URL(fileURLWithPath: root + "/docs/a.md"))
        try Data("secret\n".utf8).write(to: URL(fileURLWithPath: outside + "/secret.txt"))
        try Data("secret\n".utf8).write(to: URL(fileURLWithPath: outside + "/sub/deep.txt"))
        return (root, outside)
    }

    private func link(_ path: String, to target: String) throws {
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
    }

    @Test func aLinkedFileOutOfTheRootIsRefused() throws {
        let folder = try TemporaryFolder()
        let (root, outside) = try layout(folder)
        try link(root + "/docs/leak.txt", to: outside + "/secret.txt")
        #expect(
            FileBytes.read("docs/leak.txt", under: root, limit: 100)
                == .failure(.leavesRoot(.init(link: "docs/leak.txt", target: outside + "/secret.txt"))))
        #expect(
            FileBytes.read(root + "/docs/leak.txt", limit: 100) == .success(Array("secret\n".utf8)),
            "without a root, links are the caller's business")
    }

    @Test func aLinkedFolderInTheMiddleIsRefused() throws {
        let folder = try TemporaryFolder()
        let (root, outside) = try layout(folder)
        try link(root + "/docs/out", to: outside)
        #expect(
            FileBytes.read(root + "/docs/out/sub/deep.txt", under: root, limit: 100)
                == .failure(.leavesRoot(.init(link: "docs/out", target: outside))))
        #expect(ContainedPath.resolve("docs/out/sub/deep.txt", under: root) == .failure(.init(link: "docs/out", target: outside)))
    }

    @Test func aRelativeLinkThatClimbsOutIsRefused() throws {
        let folder = try TemporaryFolder()
        let (root, _) = try layout(folder)
        try link(root + "/docs/up", to: "../../outside")
        #expect(
            FileBytes.read("docs/up/secret.txt", under: root, limit: 100)
                == .failure(.leavesRoot(.init(link: "docs/up", target: "../../outside"))))
    }

    @Test func linksThatStayInsideAreFollowed() throws {
        let folder = try TemporaryFolder()
        let (root, _) = try layout(folder)
        try link(root + "/shared", to: "docs")
        try link(root + "/docs/b.md", to: "a.md")
        #expect(FileBytes.read("shared/a.md", under: root, limit: 100) == .success(Array("inside\n".utf8)))
        #expect(FileBytes.read("shared/b.md", under: root, limit: 100) == .success(Array("inside\n".utf8)))
    }

    @Test func aRootReachedThroughALinkIsFine() throws {
        let folder = try TemporaryFolder()
        let (root, _) = try layout(folder)
        try link(folder.path("alias"), to: root)
        #expect(FileBytes.read("docs/a.md", under: folder.path("alias"), limit: 100) == .success(Array("inside\n".utf8)))
    }

    @Test func missingDanglingAndClimbingPaths() throws {
        let folder = try TemporaryFolder()
        let (root, _) = try layout(folder)
        try link(root + "/docs/dangling.md", to: "/nonexistent/x")
        #expect(FileBytes.read("docs/none.md", under: root, limit: 100) == .failure(.missing))
        #expect(FileBytes.read("docs/dangling.md", under: root, limit: 100) == .failure(.missing))
        #expect(ContainedPath.resolve("docs/../../outside/secret.txt", under: root) == .failure(.init(link: "docs/..", target: "..")))
        #expect(ContainedPath.resolve("/etc/passwd", under: root) == .failure(.init(link: "/etc/passwd", target: "..")))
    }

    @Test func onlyRegularFilesAreRead() throws {
        let folder = try TemporaryFolder()
        let (root, _) = try layout(folder)
        #expect(mkfifo(root + "/pipe", 0o644) == 0)
        #expect(FileBytes.read(root + "/pipe", limit: 100) == .failure(.notRegular), "a FIFO is refused, not waited on")
        #expect(FileBytes.read("pipe", under: root, limit: 100) == .failure(.notRegular))
        #expect(FileBytes.read("docs", under: root, limit: 100) == .failure(.folder))
        #expect(FileBytes.Failure.notRegular.reason(leaving: "catalog") == "is not a regular file (a FIFO, socket or device is never read)")
    }
}
