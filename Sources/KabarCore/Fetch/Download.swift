import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP GET through URLSession with the fetch options' limits: the answer's bytes are
/// collected as they arrive and the transfer is cancelled once they pass the size cap; redirects
/// are followed up to the limit; the session's timeout bounds the whole request.
final class Download: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    enum Answer {
        case page(Data, HTTPURLResponse)
        case failed(String)
    }

    private let lock = NSLock()
    private let maximumBytes: Int
    private let maximumRedirects: Int
    private var data = Data()
    private var response: HTTPURLResponse?
    private var redirects = 0
    private var stopped: String?
    private var continuation: CheckedContinuation<Answer, Never>?

    private init(options: FetchOptions) {
        maximumBytes = options.maximumBytes
        maximumRedirects = options.maximumRedirects
    }

    static func get(_ url: URL, options: FetchOptions) async -> Answer {
        let download = Download(options: options)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = options.timeout
        configuration.timeoutIntervalForResource = options.timeout
        configuration.httpAdditionalHeaders = ["User-Agent": options.userAgent, "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"]
        let session = URLSession(configuration: configuration, delegate: download, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.timeoutInterval = options.timeout
        return await withCheckedContinuation { continuation in
            download.lock.withLock { download.continuation = continuation }
            let task = session.dataTask(with: request)
            task.resume()
            // The whole answer within the timeout: a server trickling bytes never holds a fetch longer.
            DispatchQueue.global().asyncAfter(deadline: .now() + options.timeout) {
                download.lock.withLock { if download.stopped == nil { download.stopped = "no complete answer within \(Int(options.timeout)) s" } }
                task.cancel()
            }
        }
    }

    private func finish(_ answer: Answer) {
        let c: CheckedContinuation<Answer, Never>? = lock.withLock {
            let c = continuation
            continuation = nil
            return c
        }
        c?.resume(returning: answer)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        if let http, http.expectedContentLength > Int64(maximumBytes) {
            lock.withLock { stopped = "larger than \(FileLoader.megabytes(maximumBytes)) (\(FileLoader.megabytes(Int(http.expectedContentLength))) announced)" }
            completionHandler(.cancel)
            return
        }
        lock.withLock { self.response = http }
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over: Bool = lock.withLock {
            self.data.append(data)
            if self.data.count > maximumBytes {
                stopped = "larger than \(FileLoader.megabytes(maximumBytes)), not kept"
                self.data = Data()
                return true
            }
            return false
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let tooMany: Bool = lock.withLock {
            redirects += 1
            if redirects > maximumRedirects { stopped = "more than \(maximumRedirects) redirects"; return true }
            return false
        }
        completionHandler(tooMany ? nil : request)
        if tooMany { task.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        // The bytes are handed over and not kept: the timeout's closure holds this object a while longer.
        let (stopped, response, data) = lock.withLock {
            defer { self.data = Data() }
            return (self.stopped, self.response, self.data)
        }
        if let stopped { finish(.failed(stopped)); return }
        if let error {
            let ns = error as NSError
            let reason = ns.code == NSURLErrorTimedOut ? "no answer within the timeout" : ns.localizedDescription
            finish(.failed(Sanitizer.oneLine(reason)))
            return
        }
        guard let response else { finish(.failed("no HTTP answer")); return }
        finish(.page(data, response))
    }
}
