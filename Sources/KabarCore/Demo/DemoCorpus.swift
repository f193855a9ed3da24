import Foundation

/// kabar's embedded demo corpus: one fictional story told by several fictional outlets,
/// written for kabar (no outlet's text). Shipped as a package resource.
public enum DemoCorpus {
    /// The folder holding the demo article files, or nil when the resource bundle is missing.
    public static var folder: String? {
        Bundle.module.url(forResource: "Articles", withExtension: nil)?.path
    }

    /// The demo articles, with paths shown as `demo/<file>`.
    public static func load(extractsClaims: Bool = false) -> Ingestor.Result {
        guard let folder else {
            return Ingestor.Result(articles: [], problems: [IngestProblem(path: "demo", message: "the demo corpus resource is missing from this build")])
        }
        var result = Ingestor(extractsClaims: extractsClaims).ingest(paths: [folder])
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for k in result.articles.indices where result.articles[k].path.hasPrefix(prefix) {
            result.articles[k].path = "demo/" + result.articles[k].path.dropFirst(prefix.count)
        }
        return result
    }
}
