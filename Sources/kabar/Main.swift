import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

/// Runs the command line; usage errors exit with status 2 (not ArgumentParser's 64).
@main
enum Main {
    static func main() async {
        do {
            var command = try Kabar.parseAsRoot()
            // `kabar fetch` waits on the network; every other command runs as it always did.
            if var fetching = command as? AsyncParsableCommand { try await fetching.run() } else { try command.run() }
        } catch {
            let code = Kabar.exitCode(for: error)
            if code == .success {
                print(Kabar.fullMessage(for: error))
                exit(0)
            }
            if code == .validationFailure {
                FileHandleOutput.stderr(Kabar.fullMessage(for: error))
                exit(2)
            }
            if let exitCode = error as? ExitCode { exit(exitCode.rawValue) }
            FileHandleOutput.stderr("kabar: \(Kabar.fullMessage(for: error))")
            exit(code.rawValue == 0 ? 1 : code.rawValue)
        }
    }
}
