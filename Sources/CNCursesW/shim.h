#ifndef KABAR_CNCURSESW_SHIM_H
#define KABAR_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API is switched on here.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>


// term.h is not included (its capability macros, `lines`, `columns`, would leak into Swift): its
// one function used here is declared.
extern int setupterm(const char *term, int fildes, int *errret);

/// 1 when the terminal TERM names has a terminfo entry with cursor addressing (`cup`), so the
/// reader can draw; 0 for TERM=dumb, a printer, or a name this machine has no entry for.
static inline int kabar_can_address_cursor(void) {
    int err = 0;
    if (setupterm(NULL, 1, &err) != OK) return 0;
    char *cup = tigetstr("cup");
    return cup != NULL && cup != (char *)-1;
}

// C globals and macros wrapped as functions so Swift 6 strict concurrency accepts them.
static inline WINDOW *kabar_stdscr(void) { return stdscr; }
static inline int kabar_lines(void) { return LINES; }
static inline int kabar_cols(void) { return COLS; }
static inline int kabar_colors(void) { return COLORS; }
static inline int kabar_color_pairs(void) { return COLOR_PAIRS; }
static inline int kabar_err(void) { return ERR; }
static inline int kabar_key_code_yes(void) { return KEY_CODE_YES; }

static inline chtype kabar_color_pair(int pair) { return COLOR_PAIR(pair); }

static inline attr_t kabar_a_normal(void) { return A_NORMAL; }
static inline attr_t kabar_a_bold(void) { return A_BOLD; }
static inline attr_t kabar_a_dim(void) { return A_DIM; }
static inline attr_t kabar_a_underline(void) { return A_UNDERLINE; }
static inline attr_t kabar_a_reverse(void) { return A_REVERSE; }
static inline attr_t kabar_a_italic(void) { return A_ITALIC; }

static inline mmask_t kabar_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
// A click is its press (or a click ncurses resolved): with mouseinterval(0) the release comes as an
// event of its own, and counting it too made one click select and then open.
static inline mmask_t kabar_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED; }
static inline mmask_t kabar_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t kabar_button5_pressed(void) { return BUTTON5_PRESSED; }

#endif
