//! Keeping formulas out of CSV files (CWE-1236). A spreadsheet that opens a CSV runs a cell that begins
//! with `=`, `+`, `-` or `@` (and, in some programs, a tab or carriage return) as a formula, so a name
//! typed as `=HYPERLINK(…)` would become a link on an organizer's screen. Such cells are written with a
//! leading apostrophe, which spreadsheets show as text; the importer takes exactly that apostrophe off
//! again, so every value survives an export and an import unchanged.

use std::borrow::Cow;

/// Characters that make a spreadsheet read a cell as a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text`, once any leading apostrophes are set aside, starts like a formula. Apostrophes count
/// so that a value that itself begins with `'=` keeps its apostrophe through a round trip.
fn looks_like_formula(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(TRIGGERS)
}

/// `text` as a CSV cell: with a leading apostrophe when a spreadsheet would run it.
pub fn protect(text: &str) -> Cow<'_, str> {
    if looks_like_formula(text) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// A CSV cell as it was before `protect`: the one apostrophe it added, and only that, taken off.
pub fn unprotect(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) => rest,
        _ => cell,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn cells_a_spreadsheet_would_run_get_an_apostrophe() {
        assert_eq!(
            protect("=HYPERLINK(\"http://x\")"),
            "'=HYPERLINK(\"http://x\")"
        );
        assert_eq!(protect("+7 701 000 0000"), "'+7 701 000 0000");
        assert_eq!(protect("-"), "'-");
        assert_eq!(protect("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(protect("\tx"), "'\tx");
        assert_eq!(protect("Abenov"), "Abenov");
        assert_eq!(protect("O'Brien"), "O'Brien");
        assert_eq!(protect("'quoted'"), "'quoted'");
        assert_eq!(protect(""), "");
    }

    #[test]
    fn the_importer_removes_exactly_the_added_apostrophe() {
        assert_eq!(unprotect("'+7 701 000 0000"), "+7 701 000 0000");
        assert_eq!(unprotect("'=1+1"), "=1+1");
        assert_eq!(unprotect("'quoted'"), "'quoted'", "not one we added");
        assert_eq!(unprotect("''=x"), "'=x");
    }

    proptest! {
        #[test]
        fn every_text_survives_protect_then_unprotect(text in "['=+@\\-\t\ra-zа-я]{0,6}") {
            let cell = protect(&text);
            prop_assert_eq!(unprotect(&cell), text.as_str());
            prop_assert!(!cell.starts_with(TRIGGERS), "never starts like a formula");
        }
    }
}
