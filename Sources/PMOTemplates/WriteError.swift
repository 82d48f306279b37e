/// Why `pmo new` refused or failed to write a project; nothing is left half-written in any case.
package enum WriteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// DEST exists and is not an empty folder.
    case destinationNotEmpty(String)
    /// DEST is the working folder: replacing it would leave the shell in a deleted folder.
    case destinationIsCurrentFolder(String, name: String)
    /// DEST is a symbolic link.
    case destinationIsLink(String)
    /// DEST's parent folder does not exist or is not a folder.
    case parentMissing(String)
    /// The temporary folder beside DEST could not be created.
    case parentNotWritable(String, reason: String)
    /// A rendered path would go through a symbolic link in the project.
    case throughSymlink(String)
    /// `--add`: files the add-on would write already exist.
    case filesExist([String])
    /// `--add`: DEST is not a pmo project (no `.pmo/lock.yaml`).
    case notAProject(String)
    /// `--add`: the template is already in the project's lock.
    case templateAlreadyAdded(String)
    /// A system call failed while writing.
    case io(path: String, reason: String)

    package var description: String {
        switch self {
        case .destinationNotEmpty(let path):
            return
                "'\(path)' already exists and is not an empty folder; pmo new never overwrites (choose a new folder, or use --add for an add-on)"
        case .destinationIsCurrentFolder(let path, let name):
            return
                "DEST must not be the current folder ('\(path)'): pmo new puts the project in place with one rename, which would replace the folder your shell is in; run it from the parent folder instead (cd .. && pmo new TEMPLATE \(name))"
        case .destinationIsLink(let path): return "'\(path)' is a symbolic link; give a real folder path"
        case .parentMissing(let path): return "the parent folder '\(path)' does not exist or is not a folder; create it first"
        case .parentNotWritable(let path, let reason): return "cannot write in '\(path)': \(reason)"
        case .throughSymlink(let path): return "'\(path)' would be written through a symbolic link; pmo writes only inside the project"
        case .filesExist(let paths): return "these files already exist and would be overwritten: " + paths.joined(separator: ", ")
        case .notAProject(let path): return "'\(path)' is not a pmo project (no .pmo/lock.yaml); create it with pmo new first"
        case .templateAlreadyAdded(let name): return "template '\(name)' is already in this project"
        case .io(let path, let reason): return "cannot write '\(path)': \(reason)"
        }
    }
}
