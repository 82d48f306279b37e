#!/usr/bin/env python3
"""Fails when a module under Sources/ imports a module it must not.

The allowed edges live in one place: the ```imports block of docs/architecture.md, one line per
module, `Module: Allowed Allowed …` (an empty right-hand side means the module imports nothing of
ours or of a third party). The system modules below are always allowed. Every folder under
Sources/ needs a line, and every line needs a folder, so the block cannot fall behind the code;
the target dependencies declared in Package.swift must be allowed edges too.

Usage: scripts/check-imports.py [REPOSITORY_ROOT]
"""
import pathlib
import re
import sys

SYSTEM = {"Foundation", "FoundationEssentials", "Dispatch", "Glibc", "Musl", "Darwin", "Synchronization"}
IMPORT = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*import\s+(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?(\w+)")


def allowed_edges(architecture: pathlib.Path) -> dict[str, set[str]]:
    text = architecture.read_text(encoding="utf-8")
    match = re.search(r"^```imports\n(.*?)^```", text, re.S | re.M)
    if not match:
        sys.exit(f"{architecture}: no ```imports block")
    edges: dict[str, set[str]] = {}
    for number, line in enumerate(match.group(1).splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        module, sep, rest = line.partition(":")
        if not sep:
            sys.exit(f"{architecture}: imports block line {number}: expected 'Module: Allowed …'")
        edges[module.strip()] = set(rest.split())
    return edges


def package_problems(root: pathlib.Path, edges: dict[str, set[str]], modules: set[str]) -> list[str]:
    """Dependencies Package.swift declares for the targets under Sources/ that the block does not allow."""
    text = (root / "Package.swift").read_text(encoding="utf-8")
    starts = [m for m in re.finditer(r'\.(target|executableTarget|testTarget|systemLibrary)\(\s*name:\s*"([\w-]+)"', text)]
    problems = []
    for index, start in enumerate(starts):
        name = start.group(2)
        if start.group(1) == "testTarget" or name not in modules:
            continue
        end = starts[index + 1].start() if index + 1 < len(starts) else len(text)
        chunk = text[start.end():end]
        declared = set(re.findall(r'\.product\(\s*name:\s*"(\w+)"', chunk))
        declared |= {word for word in re.findall(r'"(\w+)"', chunk) if word in modules}
        for dependency in sorted(declared - edges.get(name, set())):
            problems.append(f"Package.swift: target {name} depends on {dependency}, which docs/architecture.md does not allow")
    return problems


def main() -> int:
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
    architecture = root / "docs" / "architecture.md"
    edges = allowed_edges(architecture)
    sources = root / "Sources"
    modules = sorted(p.name for p in sources.iterdir() if p.is_dir())
    problems = []
    for module in modules:
        if module not in edges:
            problems.append(f"Sources/{module}: not listed in the imports block of docs/architecture.md")
    for module in edges:
        if module not in modules:
            problems.append(f"docs/architecture.md: imports block lists {module}, which has no folder under Sources/")
    for module in modules:
        allowed = edges.get(module, set()) | SYSTEM | {module}
        for file in sorted((sources / module).rglob("*.swift")):
            for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
                found = IMPORT.match(line)
                if found and found.group(1) not in allowed:
                    relative = file.relative_to(root)
                    problems.append(f"{relative}:{number}: {module} must not import {found.group(1)} "
                                    f"(allowed: {', '.join(sorted(edges.get(module, set()))) or 'none'})")
    problems += package_problems(root, edges, set(modules))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check-imports: {len(problems)} problem(s); the allowed edges are in docs/architecture.md", file=sys.stderr)
        return 1
    print(f"check-imports: {len(modules)} modules import only what docs/architecture.md allows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
