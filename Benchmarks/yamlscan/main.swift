// The benchmark floor: pull every libyaml event from each file and do nothing else.
// Usage: yamlscan FILE... ; prints events and bytes scanned.
import CYAML
import Foundation

var events = 0
var bytes = 0
for path in CommandLine.arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write("yamlscan: cannot read \(path)\n".data(using: .utf8)!)
        exit(2)
    }
    bytes += data.count
    let array = [UInt8](data)
    var parser = yaml_parser_t()
    yaml_parser_initialize(&parser)
    array.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            events += 1
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { break }
        }
    }
    yaml_parser_delete(&parser)
}
print("\(events) events, \(bytes) bytes")
