/// A count with its noun in the right number for English text: "1 article", "2 articles",
/// "1 story", "3 stories".
public func counted(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(n) " + (n == 1 ? singular : plural ?? singular + "s")
}
