import Foundation
import FuzzDriver

/// libFuzzer's entry point: a property violation crashes, so the fuzzer saves the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let problems = ExpressionFuzzCheck.problems(bytes)
    if !problems.isEmpty {
        fatalError("fuzz-expression: " + problems.joined(separator: "; "))
    }
    return 0
}

/// The process entry point SwiftPM links as `main`.
@_cdecl("fuzz_expression_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    pmo_fuzz_run(argc, argv)
}
