import Testing
@testable import KabarTUI

