import Foundation

/// What kabar knows about a fetched page, kept beside it (`page.html.meta`) so a library stays
/// reproducible offline: the address asked for, the one answered after redirects, when, the HTTP
/// status and the declared charset. Read back as untrusted input, like any file.
public struct FetchRecord: Sendable, Codable, Equatable {
    public var requested: String
    public var url: String
    public var fetched: String
    public var status: Int
    public var contentType: String?
    public var charset: String?

    public init(requested: String, url: String, fetched: String, status: Int, contentType: String?, charset: String?) {
        self.requested = requested
        self.url = url
        self.fetched = fetched
        self.status = status
        self.contentType = contentType
        self.charset = charset
    }

    /// The record's file for a page.
    public static func path(forPage page: String) -> String { page + ".meta" }

    /// The record beside `page`, when there is a readable one.
    static func beside(_ page: String) -> FetchRecord? {
        let path = path(forPage: page)
        guard let data = FileManager.default.contents(atPath: path), data.count < 1 << 16 else { return nil }
        return try? JSONDecoder().decode(FetchRecord.self, from: data)
    }
}
