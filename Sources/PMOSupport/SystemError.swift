import Foundation

/// The C library's words for an `errno` value, the one place `strerror` is called.
public enum SystemError {
    /// `strerror(code)` as a Swift string, e.g. "No such file or directory".
    public static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
