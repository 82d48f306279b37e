import Foundation

/// The C library's words for an `errno` value, the one place `strerror` is called.
package enum SystemError {
    /// `strerror(code)` as a Swift string, e.g. "No such file or directory".
    package static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
