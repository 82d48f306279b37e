extension Set where Element == String {
    /// `base`, or else the first of `base-2`, `base-3`, … that is not in the set yet; inserted and returned.
    /// Heading anchors and tag page names are made unique this one way.
    mutating func insertUnique(_ base: String) -> String {
        var candidate = base
        var counter = 2
        while contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        insert(candidate)
        return candidate
    }
}
