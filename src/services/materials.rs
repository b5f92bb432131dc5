//! A session's materials file: kept under the files folder (`{files_dir}/sessions/{session}/{name}`),
//! its name on the session's row.

use std::path::{Path, PathBuf};

use crate::db::DbConnection;
use crate::domain::ids::{CohortId, SessionId};
use crate::error::{AppError, AppResult};
use crate::form_errors::FormErrors;
use crate::i18n::Msg;
use crate::models::session::Session;

/// Largest materials file accepted.
pub const MAX_BYTES: usize = 20 * 1024 * 1024;

/// Keeps `bytes` as the materials of a session of `cohort`, under a name made safe from `name`; an empty
/// file is refused.
pub fn store(
    conn: &mut DbConnection,
    files_dir: &Path,
    cohort: CohortId,
    session: SessionId,
    name: &str,
    bytes: &[u8],
) -> AppResult<()> {
    Session::find(conn, cohort, session)?;
    if bytes.is_empty() {
        return Err(FormErrors::whole(Msg::new("error-materials-missing")).into());
    }
    let name = safe_file_name(name);
    let file = path(files_dir, session, &name);
    let folder = file.parent().map(PathBuf::from).unwrap_or_default();
    std::fs::create_dir_all(&folder)
        .and_then(|()| std::fs::write(&file, bytes))
        .map_err(|e| AppError::Internal(format!("materials file: {e}")))?;
    Ok(Session::set_materials_file(conn, session, &name)?)
}

/// The materials file of a session of `cohort`: its name and bytes; not found when there is none.
pub fn read(
    conn: &mut DbConnection,
    files_dir: &Path,
    cohort: CohortId,
    session: SessionId,
) -> AppResult<(String, Vec<u8>)> {
    let name = Session::find(conn, cohort, session)?.materials_file;
    if name.is_empty() {
        return Err(AppError::NotFound);
    }
    let bytes = std::fs::read(path(files_dir, session, &name)).map_err(|_| AppError::NotFound)?;
    Ok((name, bytes))
}

/// Where a session's materials file is kept.
fn path(files_dir: &Path, session: SessionId, name: &str) -> PathBuf {
    files_dir
        .join("sessions")
        .join(session.to_string())
        .join(name)
}

/// A file name safe to keep on disk and to send back: letters, digits, dots, dashes and underscores.
fn safe_file_name(name: &str) -> String {
    let cleaned: String = name
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or_default()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_' | ' ') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.');
    if cleaned.is_empty() {
        "materials".to_owned()
    } else {
        cleaned.chars().take(100).collect()
    }
}
