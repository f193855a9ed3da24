import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Programs the source tests run as a user would (newsboat, wget, Python's http.server). Present
/// here, or required under CI (`.ci/run` installs them), so a missing one is a skip, never a pass.
enum LocalTools {
    static func path(of program: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let full = dir + "/" + program
            if FileManager.default.isExecutableFile(atPath: full) { return full }
        }
        return nil
    }

    /// Whether a test needing `program` runs: when it is installed, and always under CI (where its absence fails).
    static func available(_ program: String) -> Bool {
        path(of: program) != nil || ProcessInfo.processInfo.environment["CI"] != nil
    }

    /// Runs `program` with `arguments`, returning its exit status and what it wrote.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                    in directory: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        guard let path = path(of: program) else {
            Issue.record("\(program) is not installed (.ci/run installs it)")
            return (127, "")
        }
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

/// Python's http.server on 127.0.0.1 and a port the system chose, serving `folder`; stopped when
/// the value is dropped.
final class LocalHTTPServer {
    let port: Int
    private let process: Process

    /// `script`: a server of the tests' own (`Tests/fetch-server.py`), run with the folder; it prints its port first.
    init(serving folder: String, script: String? = nil) throws {
        process = Process()
        process.executableURL = URL(fileURLWithPath: LocalTools.path(of: "python3") ?? "/usr/bin/python3")
        // Port 0: the system picks a free one, which the script prints before serving.
        if let script { process.arguments = ["-u", script, folder] } else {
        process.arguments = ["-u", "-c", """
            import http.server, functools, sys
            handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
            server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
            print(server.server_address[1], flush=True)
            server.serve_forever()
            """, folder]
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }

    var base: String { "http://127.0.0.1:\(port)" }

    deinit {
        // SIGKILL: a test harness may leave SIGTERM ignored in the processes it starts.
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
