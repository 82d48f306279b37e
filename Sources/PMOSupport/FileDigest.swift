import Crypto
import Foundation

/// SHA-256 digests of project files, in the form the lock records them.
package enum FileDigest {
    /// Lower-case hex SHA-256 of `bytes`.
    package static func sha256<Bytes: DataProtocol>(_ bytes: Bytes) -> String {
        let digest = SHA256.hash(data: bytes)
        var hex = ""
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(Self.hexDigits[Int(byte >> 4)])
            hex.append(Self.hexDigits[Int(byte & 0x0F)])
        }
        return hex
    }

    /// The digest as compared: lower case, without a `sha256:` prefix.
    package static func normalize(_ text: String) -> String {
        let lower = text.lowercased()
        return lower.hasPrefix("sha256:") ? String(lower.dropFirst(7)) : lower
    }

    private static let hexDigits = Array("0123456789abcdef")
}
