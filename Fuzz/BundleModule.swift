// The fuzz builds compile KabarCore's sources directly with swiftc, without SwiftPM's resource
// bundle: the demo corpus is not needed there, so `Bundle.module` is the main bundle.
import Foundation

extension Bundle {
    static var module: Bundle { Bundle.main }
}
