import Foundation
import PMOProject

/// Finds conflict markers left in a project's managed files by an earlier update.
public enum LeftoverConflicts {
    /// Every marker line in the managed files of `templates` that exist in the project, by path and line.
    public static func find(in projectRoot: String, templates: [LockedTemplate]) -> [UpdateError.MarkerLocation] {
        var locations: [UpdateError.MarkerLocation] = []
        var seen: Set<String> = []
        for template in templates {
            for file in template.managedFiles where seen.insert(file.path).inserted {
                guard let data = FileManager.default.contents(atPath: projectRoot + "/" + file.path) else { continue }
                // Files the standard wrote are UTF-8 text; anything else cannot hold our markers.
                guard let text = String(data: data, encoding: .utf8) else { continue }
                for line in ConflictMarkers.lines(in: text) {
                    locations.append(UpdateError.MarkerLocation(path: file.path, line: line))
                }
            }
        }
        return locations
    }
}
