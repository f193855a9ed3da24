import Foundation

/// kabar's embedded demo corpus: one fictional story told by several fictional outlets,
/// written for kabar (no outlet's text). Carried in the binary (`EmbeddedDemoArticles`, generated
/// from `Demo/Articles/` by `Scripts/embed-resources.py`), so a copied binary has it too.
public enum DemoCorpus {
    /// The folder holding the demo article files (written out once per version of them, on first use), or nil
    /// when no folder can be written.
    public static let folder: String? = MaterializedFolder.folder(named: "demo", files: EmbeddedDemoArticles.files)

    /// The demo articles, with paths shown as `demo/<file>`.
    public static func load(extractsClaims: Bool = false) -> Ingestor.Result {
        guard let folder else {
            return Ingestor.Result(articles: [], problems: [IngestProblem(path: "demo", message: "cannot write the demo corpus to the cache or the temporary folder")])
        }
        var result = Ingestor(extractsClaims: extractsClaims).ingest(paths: [folder])
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        for k in result.articles.indices where result.articles[k].path.hasPrefix(prefix) {
            result.articles[k].path = "demo/" + result.articles[k].path.dropFirst(prefix.count)
        }
        return result
    }
}
