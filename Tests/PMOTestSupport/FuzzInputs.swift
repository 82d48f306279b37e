import Foundation

/// The inputs a fuzz target is replayed on in `make test`: its seed corpus and every finding kept
/// as a regression (Fuzz/corpus/TARGET and Fuzz/regressions/TARGET at the repository root).
public enum FuzzInputs {
    /// The files, sorted by path; dot-files skipped.
    public static func files(_ target: String, filePath: String = #filePath) throws -> [URL] {
        let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try ["corpus", "regressions"].flatMap { kind -> [URL] in
            let folder = root.appendingPathComponent("Fuzz/\(kind)/\(target)")
            guard FileManager.default.fileExists(atPath: folder.path) else { return [] }
            return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { !$0.lastPathComponent.hasPrefix(".") }
                .sorted { $0.path < $1.path }
        }
    }
}
