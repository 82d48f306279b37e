import ArgumentParser
import Foundation
import PMOServer

/// `pmo serve token create|list|revoke`.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke API tokens (stored as SHA-256 hashes).",
        subcommands: [Create.self, List.self, Revoke.self])

    /// `token create PROJECT_ID` or `token create --reader NAME`.
    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a token and print it, once, alone on standard output.",
            discussion: "A project token posts that project's reports; a read token (--reader NAME) reads the API.")

        @OptionGroup var databaseOptions: DatabaseOptions

        @Argument(help: ArgumentHelp("The project the token may post reports for.", valueName: "PROJECT_ID"))
        var projectID: String?

        @Option(help: ArgumentHelp("Create a read token for this reader instead.", valueName: "NAME"))
        var reader: String?

        func validate() throws {
            guard (projectID == nil) != (reader == nil) else { throw ValidationError("give either PROJECT_ID or --reader NAME") }
            if let subject = projectID ?? reader, subject.isEmpty || subject.count > 256 {
                throw ValidationError("the project id or reader name must have 1 to 256 characters")
            }
        }

        func run() async throws {
            let logger = ServerLogging.bootstrap()
            let store = try await databaseOptions.openStore(logger: logger)
            let kind: TokenRecord.Kind = reader == nil ? .project : .reader
            do throws(StoreError) {
                let (secret, record) = try await TokenService(store: store).create(
                    kind: kind, subject: projectID ?? reader ?? "",
                    now: Int64(Date().timeIntervalSince1970 * 1000))
                FileHandle.standardOutput.write(Data((secret + "\n").utf8))
                FileHandle.standardError.write(
                    Data("created \(kind.rawValue) token \(record.id) for '\(record.subject)'; it is shown only this once\n".utf8))
            } catch {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                await store.close()
                throw ExitCode(1)
            }
            await store.close()
        }
    }

    /// `token list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List tokens: id, kind, subject, created, revoked.")

        @OptionGroup var databaseOptions: DatabaseOptions

        func run() async throws {
            let logger = ServerLogging.bootstrap()
            let store = try await databaseOptions.openStore(logger: logger)
            do throws(StoreError) {
                var out = "ID            KIND     CREATED               REVOKED               SUBJECT\n"
                for token in try await store.tokens() {
                    out +=
                        [
                            token.id.padding(toLength: 13, withPad: " ", startingAt: 0),
                            token.kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0),
                            Self.time(token.createdAt),
                            token.revokedAt.map(Self.time) ?? "-".padding(toLength: 21, withPad: " ", startingAt: 0),
                            token.subject,
                        ].joined(separator: " ") + "\n"
                }
                FileHandle.standardOutput.write(Data(out.utf8))
            } catch {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                await store.close()
                throw ExitCode(1)
            }
            await store.close()
        }

        static func time(_ milliseconds: Int64) -> String {
            let formatter = ISO8601DateFormatter()
            return formatter.string(from: Date(timeIntervalSince1970: Double(milliseconds) / 1000)).padding(
                toLength: 21, withPad: " ", startingAt: 0)
        }
    }

    /// `token revoke ID`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a token by the id `token list` shows; it stops working at once.")

        @OptionGroup var databaseOptions: DatabaseOptions

        @Argument(help: ArgumentHelp("The token's id.", valueName: "ID"))
        var id: String

        func run() async throws {
            let logger = ServerLogging.bootstrap()
            let store = try await databaseOptions.openStore(logger: logger)
            let revoked: Bool
            do throws(StoreError) {
                revoked = try await store.revokeToken(id: id, at: Int64(Date().timeIntervalSince1970 * 1000))
            } catch {
                FileHandle.standardError.write(Data("error: \(error.message)\n".utf8))
                await store.close()
                throw ExitCode(1)
            }
            await store.close()
            guard revoked else {
                FileHandle.standardError.write(Data("error: no live token with id '\(id)'; see `pmo serve token list`\n".utf8))
                throw ExitCode(1)
            }
            FileHandle.standardError.write(Data("revoked token \(id)\n".utf8))
        }
    }
}
