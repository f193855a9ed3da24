import Foundation
import KabarCore

/// One article named on the command line: a file holding one article, `PATH#ID` for a record of a
/// JSON/JSONL file (or any file holding several), or the id of a demo article.
enum ArticleReference {
    enum Failure: Error, CustomStringConvertible {
        case unreadable(String, String)
        case noArticle(String)
        case ambiguous(String, [String])
        case unknownID(String, String, [String])

        var description: String {
            switch self {
            case let .unreadable(path, why): return "\(path): \(why)"
            case let .noArticle(path): return "\(path): holds no article"
            case let .ambiguous(path, ids):
                return "\(path) holds \(ids.count) articles; name one as \(path)#ID (ids: \(ids.prefix(5).joined(separator: ", "))\(ids.count > 5 ? ", …" : ""))"
            case let .unknownID(path, id, ids):
                return "\(path) has no article with id \(id) (ids: \(ids.prefix(5).joined(separator: ", "))\(ids.count > 5 ? ", …" : ""))"
            }
        }
    }

    static func resolve(_ reference: String) -> Result<Article, Failure> {
        var path = reference, id: String?
        if !FileManager.default.fileExists(atPath: reference), let hash = reference.lastIndex(of: "#") {
            path = String(reference[..<hash])
            id = String(reference[reference.index(after: hash)...])
        }
        let loaded: Ingestor.Result
        if !FileManager.default.fileExists(atPath: path) {
            // A demo article's id ("02-lintaskawi") when no such file exists.
            let demo = DemoCorpus.load(extractsClaims: true)
            if let a = demo.articles.first(where: { $0.id == reference }) { return .success(a) }
            return .failure(.unreadable(path, "no such file or directory (nor a demo article id: \(demo.articles.map(\.id).joined(separator: ", ")))"))
        }
        loaded = Ingestor(extractsClaims: true).ingest(paths: [path])
        if loaded.articles.isEmpty, let problem = loaded.problems.first {
            return .failure(.unreadable(problem.path, problem.message))
        }
        let ids = loaded.articles.map(\.id)
        if let id {
            guard let a = loaded.articles.first(where: { $0.id == id }) else { return .failure(.unknownID(path, id, ids)) }
            return .success(a)
        }
        switch loaded.articles.count {
        case 0: return .failure(.noArticle(path))
        case 1: return .success(loaded.articles[0])
        default: return .failure(.ambiguous(path, ids))
        }
    }
}
