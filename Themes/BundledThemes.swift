import Foundation

/// The theme files shipped with kabar (this folder, as a package resource).
public enum BundledThemes {
    /// The folder holding the bundled `.theme` files.
    public static var folder: String? { Bundle.module.resourcePath }
}
