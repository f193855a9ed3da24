/// Input to the app loop, already decoded from the terminal.
public enum Key: Sendable, Hashable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, tab
    case interrupt           // Ctrl-C
    case redraw              // Ctrl-L
}

public enum Event: Sendable, Hashable {
    case key(Key)
    case resize(width: Int, height: Int)
    case wheel(up: Bool)
    case click(x: Int, y: Int)
}
