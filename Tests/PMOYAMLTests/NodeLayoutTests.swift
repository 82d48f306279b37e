import PMOSupport
import PMOYAML
import Testing

/// Every node of every loaded file stays in memory for the life of a catalog: `pmo validate` must stay
/// under 10× its input bytes (issue 8), so the size of a node is a budget, not an accident.
struct NodeLayoutTests {
    @Test func nodesAndLocationsStaySmall() {
        #expect(MemoryLayout<SourceLocation>.stride == 12)
        #expect(MemoryLayout<SourceRange>.stride == 24)
        // Scalar's `text` comes before `value` so that ScalarValue's tag byte and `style` share a word.
        #expect(MemoryLayout<Scalar>.stride <= 40)
        #expect(MemoryLayout<Node>.stride <= 64)
        #expect(MemoryLayout<MappingEntry>.stride <= 128)
    }
}
