import Foundation
import PMOExpression
import Testing

@Suite("Timestamps and durations (cel-spec timestamps cases)")
struct TimeTests {
    @Test(
        "accessors in UTC and in time zones",
        arguments: [
            Case("t.getDate()", 13), Case("t.getDayOfMonth()", 12), Case("t.getDayOfWeek()", 5), Case("t.getDayOfYear()", 43),
            Case("t.getFullYear()", 2009), Case("t.getHours()", 23), Case("t.getMinutes()", 31), Case("t.getMonth()", 1),
            Case("t.getSeconds()", 30), Case("timestamp('2009-02-13T23:31:20.123456789Z').getMilliseconds()", 123),
            Case("t.getDate('Australia/Sydney')", 14), Case("t.getDayOfMonth('US/Central')", 12),
            Case("t.getDayOfMonth('+11:00')", 13), Case("timestamp('2009-02-13T02:00:00Z').getDayOfMonth('-02:30')", 11),
            Case("timestamp('2009-02-13T02:00:00Z').getDayOfMonth('America/St_Johns')", 11),
            Case("t.getDayOfWeek('UTC')", 5), Case("t.getDayOfYear('US/Central')", 43), Case("t.getFullYear('-09:30')", 2009),
            Case("t.getHours('02:00')", 1), Case("t.getMinutes('Asia/Kathmandu')", 16), Case("t.getMonth('UTC')", 1),
            Case("t.getSeconds('-00:00')", 30), Case("t.getHours('Asia/Tokyo')", 8), Case("t.getDate('+09:00')", 14),
            Case("timestamp('0001-01-01T00:00:00Z').getDayOfWeek()", 1), Case("timestamp('2000-12-31T00:00:00Z').getDayOfYear()", 365),
        ])
    func accessors(testCase: Case) {
        #expect(evaluate(testCase.source, ["t": evaluate("timestamp('2009-02-13T23:31:30Z')")]) == testCase.expected)
    }

    @Test(
        "arithmetic and comparison",
        arguments: [
            Case("timestamp('2009-02-13T23:00:00Z') + duration('240s') == timestamp('2009-02-13T23:04:00Z')", true),
            Case("duration('120s') + timestamp('2009-02-13T23:01:00Z') == timestamp('2009-02-13T23:03:00Z')", true),
            Case("duration('600s') + duration('50s') == duration('650s')", true),
            Case(
                "timestamp('0001-01-01T00:00:01.000000001Z') + duration('-999999999ns') == timestamp('0001-01-01T00:00:00.000000002Z')",
                true),
            Case(
                "timestamp('0001-01-01T00:00:01.999999999Z') + duration('999999999ns') == timestamp('0001-01-01T00:00:02.999999998Z')", true
            ),
            Case("timestamp('2009-02-13T23:10:00Z') - duration('600s') == timestamp('2009-02-13T23:00:00Z')", true),
            Case("timestamp('2009-02-13T23:31:00Z') - timestamp('2009-02-13T23:29:00Z') == duration('120s')", true),
            Case("duration('900s') - duration('42s') == duration('858s')", true),
            Case("timestamp('2009-02-13T23:00:00Z') < timestamp('2009-03-13T23:00:00Z')", true),
            Case("duration('200s') >= duration('200s')", true), Case("duration('1h') == duration('60m')", true),
            Case("duration('1.5s') == duration('1500ms')", true), Case("-duration('1s') < duration('0')", true),
            Case("timestamp('2009-02-13T23:31:30+09:00') == timestamp('2009-02-13T14:31:30Z')", true),
            Case("duration('10000s').getHours()", 2), Case("duration('3730s').getMinutes()", 62),
            Case("duration('3730s').getSeconds()", 3730), Case("duration('123.321456789s').getMilliseconds()", 321),
            Case("duration('-1.5s').getMilliseconds()", -500),
            Case("string(timestamp('9999-12-31T23:59:59.999999999Z'))", "9999-12-31T23:59:59.999999999Z"),
            Case("string(duration('-1.5s'))", "-1.5s"), Case("string(duration('2h30m'))", "9000s"),
            Case("timestamp(1234567890) == timestamp('2009-02-13T23:31:30Z')", true),
        ])
    func arithmetic(testCase: Case) {
        #expect(evaluate(testCase.source) == testCase.expected)
    }

    @Test(
        "out-of-range results are errors",
        arguments: [
            "timestamp('0001-01-01T00:00:00Z') + duration('-1s')", "timestamp('9999-12-31T23:59:59Z') + duration('1s')",
            "timestamp('9999-12-31T23:59:59.999999999Z') + duration('1ns')",
            "timestamp('9999-12-31T23:59:59Z') - timestamp('0001-01-01T00:00:00Z')",
            "duration('200000000000s') + duration('200000000000s')", "duration('-200000000000s') - duration('200000000000s')",
            "duration('-320000000000s')", "t.getHours('Mars/Olympus')", "t.getHours('+25:00')",
            "duration('9999999999999999999h')", "duration('999999999999999999h999999999999999999h')", "duration('1x1s')",
            "duration('')", "duration('-')", "duration('h')", "timestamp('2009-02-13T23:31:30.Z')", "timestamp('2009-02-13T24:00:00Z')",
            "timestamp('2009-02-13T23:31:30+24:00')", "timestamp(-62135596801)",
        ])
    func rangeErrors(source: String) {
        #expect(evaluate(source, ["t": Value(Date(timeIntervalSince1970: 0))]).isError)
    }

    @Test("dates outside the CEL range are clamped, not a crash")
    func extremeDates() {
        #expect(Value(Date(timeIntervalSince1970: .nan)) == Value(Date(timeIntervalSince1970: 0)))
        #expect(Value(Date(timeIntervalSince1970: 1e300)).celLiteral == "timestamp(\"9999-12-31T23:59:59Z\")")
        #expect(Value(Date(timeIntervalSince1970: -1e300)).celLiteral == "timestamp(\"0001-01-01T00:00:00Z\")")
    }

    @Test("a Foundation date binds as a timestamp")
    func dateBinding() {
        let date = Date(timeIntervalSince1970: 1_234_567_890.5)
        #expect(evaluate("string(now)", ["now": Value(date)]) == "2009-02-13T23:31:30.5Z")
        #expect(evaluate("now > timestamp('2000-01-01T00:00:00Z')", ["now": Value(date)]) == true)
    }
}
