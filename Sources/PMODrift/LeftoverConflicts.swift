import Foundation
import PMOProject
import PMOSupport
import PMOYAML

/// Finds conflict markers left in a project's managed files by an earlier update.
package enum LeftoverConflicts {
    /// Every marker line in the managed files of `templates` that exist in the project, by path and line.
    package static func find(in projectRoot: String, templates: [LockedTemplate]) -> [UpdateError.MarkerLocation] {
        var locations: [UpdateError.MarkerLocation] = []
        var seen: Set<String> = []
        for template in templates {
            for file in template.managedFiles where seen.insert(file.path).inserted {
                // Never through a link out of the project: the planner reports such a file when it reads it.
                guard case .success(let bytes) = FileBytes.read(file.path, under: projectRoot, limit: Int.max - 1) else { continue }
                // Files the standard wrote are UTF-8 text; anything else cannot hold our markers.
                guard let text = String(validating: bytes, as: UTF8.self) else { continue }
                for line in ConflictMarkers.lines(in: text) {
                    locations.append(UpdateError.MarkerLocation(path: file.path, line: line))
                }
            }
        }
        return locations
    }
}
