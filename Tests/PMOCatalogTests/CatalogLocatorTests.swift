import Foundation
import PMOCatalog
import Testing

/// The lookup order of DESIGN.md: `--catalog`, `$PMO_CATALOG`, nearest ancestor, installed beside the binary.
@Suite("CatalogLocator")
struct CatalogLocatorTests {
    /// A scratch folder with `explicit/`, `env/`, `project/` (a catalog with `project/a/b` inside)
    /// and `prefix/bin/pmo` + `prefix/share/pmo` (the installed layout), each a catalog.
    final class Layout {
        let root: TempCatalog
        var base: String { root.root }

        init() throws {
            root = try TempCatalog(files: [:])
            for catalog in ["explicit", "env", "project", "prefix/share/pmo"] {
                try root.write(catalog + "/catalog/catalog.yaml", "apiVersion: pmo/v1\n")
            }
            try root.makeDirectory("project/a/b")
            try root.makeDirectory("plain/c")
            try root.write("prefix/bin/pmo", "")
        }
    }

    @Test func explicitFolderComesFirst() throws {
        let layout = try Layout()
        let locator = CatalogLocator(
            workingDirectory: layout.base + "/project/a", environment: ["PMO_CATALOG": layout.base + "/env"],
            executablePath: layout.base + "/prefix/bin/pmo")
        #expect(try locator.locate(explicit: layout.base + "/explicit") == layout.base + "/explicit")
    }

    @Test func explicitRelativeFolderIsResolvedAgainstTheWorkingDirectory() throws {
        let layout = try Layout()
        let locator = CatalogLocator(workingDirectory: layout.base + "/plain", environment: [:], executablePath: nil)
        #expect(try locator.locate(explicit: "../explicit/") == layout.base + "/explicit")
    }

    @Test func explicitFolderThatIsNotACatalogIsAnError() throws {
        let layout = try Layout()
        let locator = CatalogLocator(
            workingDirectory: layout.base + "/project", environment: ["PMO_CATALOG": layout.base + "/env"], executablePath: nil)
        #expect(throws: CatalogError.notACatalog(path: "missing")) { try locator.locate(explicit: "missing") }
    }

    @Test func environmentComesBeforeTheAncestors() throws {
        let layout = try Layout()
        let locator = CatalogLocator(
            workingDirectory: layout.base + "/project/a/b", environment: ["PMO_CATALOG": layout.base + "/env"],
            executablePath: layout.base + "/prefix/bin/pmo")
        #expect(try locator.locate(explicit: nil) == layout.base + "/env")
    }

    @Test func environmentThatIsNotACatalogIsAnErrorNotAFallThrough() throws {
        let layout = try Layout()
        let locator = CatalogLocator(
            workingDirectory: layout.base + "/project", environment: ["PMO_CATALOG": layout.base + "/plain"], executablePath: nil)
        #expect(throws: CatalogError.notACatalog(path: layout.base + "/plain")) { try locator.locate(explicit: nil) }
    }

    @Test func emptyEnvironmentValueIsIgnored() throws {
        let layout = try Layout()
        let locator = CatalogLocator(workingDirectory: layout.base + "/project", environment: ["PMO_CATALOG": ""], executablePath: nil)
        #expect(try locator.locate(explicit: nil) == layout.base + "/project")
    }

    @Test func nearestAncestorHoldingACatalog() throws {
        let layout = try Layout()
        let locator = CatalogLocator(
            workingDirectory: layout.base + "/project/a/b", environment: [:], executablePath: layout.base + "/prefix/bin/pmo")
        #expect(try locator.locate(explicit: nil) == layout.base + "/project")
    }

    @Test func installedCatalogBesideTheExecutable() throws {
        let layout = try Layout()
        let locator = CatalogLocator(
            workingDirectory: layout.base + "/plain/c", environment: [:], executablePath: layout.base + "/prefix/bin/pmo")
        #expect(try locator.locate(explicit: nil) == layout.base + "/prefix/share/pmo")
    }

    @Test func installedCatalogIsFoundThroughASymlinkedExecutable() throws {
        let layout = try Layout()
        try layout.root.symlink("plain/pmo-link", to: layout.base + "/prefix/bin/pmo")
        let locator = CatalogLocator(
            workingDirectory: layout.base + "/plain/c", environment: [:], executablePath: layout.base + "/plain/pmo-link")
        #expect(try locator.locate(explicit: nil) == layout.base + "/prefix/share/pmo")
    }

    @Test func notFoundSaysWhereItLooked() throws {
        let layout = try Layout()
        try layout.root.write("bare/bin/pmo", "")
        let locator = CatalogLocator(
            workingDirectory: layout.base + "/plain/c", environment: [:], executablePath: layout.base + "/bare/bin/pmo")
        #expect(throws: CatalogError.notFound(searched: [layout.base + "/plain/c", "its parents", layout.base + "/bare/share/pmo"])) {
            try locator.locate(explicit: nil)
        }
        let message = CatalogError.notFound(searched: ["/w", "its parents"]).description
        #expect(message == "no catalog found (looked in: /w, its parents); pass --catalog DIR or set PMO_CATALOG")
    }

    @Test func isCatalogNeedsTheManifestFile() throws {
        let layout = try Layout()
        #expect(CatalogLocator.isCatalog(layout.base + "/project"))
        #expect(!CatalogLocator.isCatalog(layout.base + "/plain"))
        #expect(!CatalogLocator.isCatalog(layout.base + "/does-not-exist"))
    }
}
