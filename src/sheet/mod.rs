//! Tables as the files people exchange with cohortdesk: rosters coming in as workbooks or text files in
//! whatever encoding and separator the sender's spreadsheet used (`read`), and every table going out as
//! CSV or `.xlsx` (`table`), with formulas kept out of both (`formula`).
//!
//! Nothing here knows about trainees or cohorts: it turns bytes into rows of cells and rows of values into
//! bytes. The roster import and the exports in `services` give the rows their meaning.

pub mod formula;
pub mod read;
pub mod table;

pub use table::{FileFormat, Table, Value};
