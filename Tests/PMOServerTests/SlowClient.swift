import Foundation

/// A raw TCP client that sends slowly, for the read-timeout tests (URLSession cannot send half a request).
enum SlowClient {
    /// Connects to 127.0.0.1:`port`, sends `bytes`, and waits up to `waitLimit` seconds for the server to close.
    static func sendAndAwaitClose(port: Int, bytes: String, waitLimit: Int) throws -> Bool {
        let socket = try connect(port: port)
        defer { close(socket) }
        try send(socket, bytes)
        let deadline = Date().addingTimeInterval(TimeInterval(waitLimit))
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            let count = read(socket, &buffer, buffer.count)
            if count <= 0 { return true }
        }
        return false
    }

    /// Sends `head`, then one space every `everyMilliseconds`, until the server answers or closes;
    /// returns what it answered (empty when it closed without a word).
    static func trickle(port: Int, head: String, everyMilliseconds: Int, waitLimit: Int) throws -> String {
        let socket = try connect(port: port)
        defer { close(socket) }
        try send(socket, head)
        let deadline = Date().addingTimeInterval(TimeInterval(waitLimit))
        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date() < deadline {
            var poll = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            if Glibc.poll(&poll, 1, Int32(everyMilliseconds)) > 0 {
                let count = read(socket, &buffer, buffer.count)
                if count <= 0 { break }
                answer.append(contentsOf: buffer[0..<count])
                if answer.range(of: Data("\r\n\r\n".utf8)) != nil { break }
            } else if (try? send(socket, " ")) == nil {
                break
            }
        }
        return String(decoding: answer, as: UTF8.self)
    }

    private static func connect(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw MissingInput(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else {
            close(socket)
            throw MissingInput(description: "cannot connect to port \(port)")
        }
        return socket
    }

    private static func send(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == bytes.count else { throw MissingInput(description: "send failed") }
    }
}
