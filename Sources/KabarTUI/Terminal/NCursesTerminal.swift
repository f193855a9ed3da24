import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// The thin backend: starts and restores the terminal, decodes input into `Event`s and writes
/// a `Buffer` to the screen, touching only the cells that changed since the last frame.
final class NCursesTerminal {
    private var previous: Buffer?
    private var pairs: [Style.Role: Int16] = [:]
    /// The screen's own text-on-background pair when the theme paints a background, else 0.
    private var basePair: Int16 = 0
    private var theme: Theme = .monochrome
    private(set) var isOpen = false

    /// The locale from the environment; when it is not UTF-8 (LANG unset, LC_ALL=C), a UTF-8 one
    /// for the characters, or ncursesw drops every non-ASCII character ("Sinéad" → "Sinad", no ⚠ — “ ”).
    /// Widths never depend on it (`DisplayWidth` has its own table).
    static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        if isUTF8(setlocale(LC_CTYPE, nil)) { return }
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, name) != nil { return }
    }

    static func isUTF8(_ locale: UnsafeMutablePointer<CChar>?) -> Bool {
        guard let locale else { return false }
        let name = String(cString: locale).lowercased()
        return name.contains("utf-8") || name.contains("utf8")
    }

    /// Opens curses on the controlling terminal. Returns nil (with a reason) when that fails.
    static func open(theme: Theme) -> Result<NCursesTerminal, TerminalError> {
        useUTF8Locale()
        CrashGuard.install()
        guard initscr() != nil else { return .failure(TerminalError(message: "cannot start the terminal (is TERM set?)")) }
        let t = NCursesTerminal()
        t.isOpen = true
        raw()                     // Ctrl-C arrives as a key, so quitting always restores the terminal
        noecho()
        nonl()
        keypad(kabar_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        wtimeout(kabar_stdscr(), 100)   // wake up to notice SIGTERM
        mousemask(kabar_all_mouse_events(), nil)
        mouseinterval(0)
        t.theme = theme
        t.setUpColours()
        return .success(t)
    }

    var size: (width: Int, height: Int) { (Int(kabar_cols()), Int(kabar_lines())) }

    func close() {
        guard isOpen else { return }
        isOpen = false
        endwin()
        CrashGuard.uninstall()
    }

    deinit { close() }

    /// Colour is decoration: every role stays readable through bold/dim/reverse alone
    /// (the monochrome theme NO_COLOR picks, monochrome terminals). Theme colours are downsampled to
    /// what the terminal has; the theme chosen (an explicit --theme wins over NO_COLOR) decides.
    private func setUpColours() {
        guard has_colors() else { return }
        start_color()
        use_default_colors()
        let colors = Int(kabar_colors())
        var next: Int16 = 1
        // A theme with its own background gives every role a pair on it, and the screen a base pair
        // (its text colour on its background) that cleared and plain cells take.
        let background = theme.background.map { Int16($0.index(forColors: colors)) }
        let foreground = Int16(theme.foreground?.index(forColors: colors) ?? -1)
        if let background, Int(next) < Int(kabar_color_pairs()) {
            init_pair(next, foreground, background)
            basePair = next
            next += 1
            _ = wbkgd(kabar_stdscr(), kabar_color_pair(Int32(basePair)) | chtype(32))
        }
        for role in Style.Role.allCases {
            let style = theme.styles[role] ?? ThemeStyle()
            guard style.fg != nil || style.bg != nil || background != nil else { continue }
            guard Int(next) < Int(kabar_color_pairs()) else { break }
            let fg = style.fg.map { Int16($0.index(forColors: colors)) } ?? (background != nil ? foreground : -1)
            let bg = style.bg.map { Int16($0.index(forColors: colors)) } ?? background ?? -1
            init_pair(next, fg, bg)
            pairs[role] = next
            next += 1
        }
    }

    func draw(_ buffer: Buffer) {
        let full = previous == nil || previous!.width != buffer.width || previous!.height != buffer.height
        if full { werase(kabar_stdscr()) }
        for y in 0..<buffer.height {
            for x in 0..<buffer.width {
                let cell = buffer[x, y]
                if !full, let p = previous, p[x, y] == cell { continue }
                if cell.isContinuation { continue }
                var attrs = kabar_a_normal()
                let themed = theme.styles[cell.style.role]
                if cell.style.bold || themed?.bold == true { attrs |= kabar_a_bold() }
                if cell.style.underline || themed?.underline == true { attrs |= kabar_a_underline() }
                if cell.style.reverse || themed?.reverse == true { attrs |= kabar_a_reverse() }
                if cell.style.dim || themed?.dim == true { attrs |= kabar_a_dim() }
                let pair = pairs[cell.style.role] ?? basePair
                wattr_set(kabar_stdscr(), attrs, pair, nil)
                var wide: [wchar_t] = cell.scalars.map { wchar_t(bitPattern: $0.value) }
                if wide.isEmpty { wide = [wchar_t(32)] }
                wide.append(0)
                // The bottom-right cell cannot be written without scrolling on some terminals: skip its advance.
                _ = mvaddnwstr(Int32(y), Int32(x), wide, Int32(wide.count - 1))
            }
        }
        wattr_set(kabar_stdscr(), kabar_a_normal(), basePair, nil)
        wrefresh(kabar_stdscr())
        previous = buffer
    }

    /// Forget the screen contents (after Ctrl-L or a resize): the next draw repaints everything.
    func invalidate() {
        previous = nil
        clearok(kabar_stdscr(), true)
    }

    /// The next input event, or nil after the timeout.
    func nextEvent() -> Event? {
        var ch: wint_t = 0
        let status = wget_wch(kabar_stdscr(), &ch)
        if status == kabar_err() { return nil }
        if status == kabar_key_code_yes() {
            switch Int32(ch) {
            case KEY_RESIZE:
                let (w, h) = size
                return .resize(width: w, height: h)
            case KEY_UP: return .key(.up)
            case KEY_DOWN: return .key(.down)
            case KEY_LEFT: return .key(.left)
            case KEY_RIGHT: return .key(.right)
            case KEY_PPAGE: return .key(.pageUp)
            case KEY_NPAGE: return .key(.pageDown)
            case KEY_HOME: return .key(.home)
            case KEY_END: return .key(.end)
            case KEY_ENTER: return .key(.enter)
            case KEY_BACKSPACE: return .key(.backspace)
            case KEY_MOUSE:
                var m = MEVENT()
                guard getmouse(&m) == OK else { return nil }
                if m.bstate & kabar_button4_pressed() != 0 { return .wheel(up: true) }
                if m.bstate & kabar_button5_pressed() != 0 { return .wheel(up: false) }
                if m.bstate & kabar_button1_clicked() != 0 { return .click(x: Int(m.x), y: Int(m.y)) }
                return nil
            default: return nil
            }
        }
        switch ch {
        case 3: return .key(.interrupt)
        case 12: return .key(.redraw)
        case 10, 13: return .key(.enter)
        case 27: return escapeSequence()
        case 9: return .key(.tab)
        case 8, 127: return .key(.backspace)
        default:
            guard ch >= 32, let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}

extension NCursesTerminal {
    /// After ESC: a sequence ncurses did not decode for this terminal ("ESC [ 1 ~", "ESC O H") is
    /// read whole and named (Home, End, Page Up/Down, arrows); an unknown one is ignored, never
    /// taken for Escape. ESC alone is Escape; ESC and a key typed right after it ("Alt-x") give
    /// Escape, and the key is read next.
    func escapeSequence() -> Event? {
        wtimeout(kabar_stdscr(), 30)
        defer { wtimeout(kabar_stdscr(), 100) }
        var ch: wint_t = 0
        let status = wget_wch(kabar_stdscr(), &ch)
        if status == kabar_err() { return .key(.escape) }
        if status == kabar_key_code_yes() { return nil }   // Alt with a decoded key: nothing of ours
        guard ch == 0x5B || ch == 0x4F else {   // "[" or "O"
            unget_wch(wchar_t(bitPattern: UInt32(ch)))
            return .key(.escape)
        }
        var sequence = String(Character(Unicode.Scalar(UInt8(ch))))
        for _ in 0..<8 {
            guard wget_wch(kabar_stdscr(), &ch) != kabar_err(), let scalar = Unicode.Scalar(UInt32(ch)) else { break }
            sequence.unicodeScalars.append(scalar)
            if (0x40...0x7E).contains(ch) { break }   // the final byte
        }
        return Self.namedSequence(sequence).map { .key($0) }
    }

    /// The key an escape sequence (without its ESC) names, nil when kabar has no use for it.
    static func namedSequence(_ s: String) -> Key? {
        switch s {
        case "[H", "OH", "[1~", "[7~": return .home
        case "[F", "OF", "[4~", "[8~": return .end
        case "[5~": return .pageUp
        case "[6~": return .pageDown
        case "[A", "OA": return .up
        case "[B", "OB": return .down
        case "[C", "OC": return .right
        case "[D", "OD": return .left
        default: return nil
        }
    }
}

struct TerminalError: Error {
    var message: String
}
