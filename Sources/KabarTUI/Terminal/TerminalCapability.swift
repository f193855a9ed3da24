import CNCursesW

/// What the terminal `TERM` names can do, read from its terminfo entry before any screen is drawn.
public enum TerminalCapability {
    /// True when the entry exists and can place the cursor: the reader can draw. False for
    /// TERM=dumb (an Emacs shell buffer), TERM unset, a printer, or a name without an entry here
    /// (where ncurses would stop with "Error opening terminal").
    public static var canAddressCursor: Bool { kabar_can_address_cursor() == 1 }
}
