//! Files sent with a form (`multipart/form-data`): the one reader of an upload's `file` field, which
//! stops reading as soon as the file is larger than its page accepts.

use actix_multipart::Multipart;
use futures_util::StreamExt;

use crate::error::{AppError, AppResult};

/// What came in the `file` field of a form.
pub enum Upload {
    /// The file's name as the browser gave it (empty when none was chosen) and its bytes.
    File { name: String, bytes: Vec<u8> },
    /// More than the page accepts; nothing was kept.
    TooLarge,
}

/// Reads the `file` field of a form, at most `max_bytes` of it.
pub async fn read_file(mut payload: Multipart, max_bytes: usize) -> AppResult<Upload> {
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| AppError::BadRequest)?;
        if field.name() != Some("file") {
            continue;
        }
        let name = field
            .content_disposition()
            .and_then(|d| d.get_filename())
            .unwrap_or_default()
            .to_owned();
        let mut bytes = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| AppError::BadRequest)?;
            if bytes.len() + chunk.len() > max_bytes {
                return Ok(Upload::TooLarge);
            }
            bytes.extend_from_slice(&chunk);
        }
        return Ok(Upload::File { name, bytes });
    }
    Ok(Upload::File {
        name: String::new(),
        bytes: Vec::new(),
    })
}
