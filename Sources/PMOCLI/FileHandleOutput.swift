import Foundation
import PMOSupport
import PMOYAML

/// Raw writes to the standard streams, for the places that run before a `Console` exists.
enum FileHandleOutput {
    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data(DisplayText.escapingControls(text).utf8))
    }
}
