//! Turning templates into responses, and redirects after a successful POST.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse};
use askama::Template;

use crate::error::{AppError, AppResult, retry_after};
use crate::form_errors::{FormErrors, WHOLE_FORM};
use crate::i18n::{Lang, Msg};
use crate::sheet::{FileFormat, Table};
use crate::web::ctx::{flash, flash_message, flash_refusal};

pub const HTML: &str = "text/html; charset=utf-8";

/// A page with status 200.
pub fn page(template: &impl Template) -> AppResult<HttpResponse> {
    page_with_status(StatusCode::OK, template)
}

/// A page with another status, e.g. 422 for a form shown again with its errors.
pub fn page_with_status(status: StatusCode, template: &impl Template) -> AppResult<HttpResponse> {
    let body = template
        .render()
        .map_err(|e| AppError::Internal(format!("template: {e}")))?;
    Ok(HttpResponse::build(status).content_type(HTML).body(body))
}

/// 303 See Other, the answer to a successful form POST.
pub fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, location))
        .finish()
}

/// A file to save rather than show, under `file_name` (kept whole for browsers that read UTF-8 names,
/// with an ASCII stand-in for the others).
pub fn download(file_name: &str, content_type: &str, body: Vec<u8>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(attachment(file_name))
        .body(body)
}

/// A table to save as `{stem}.csv` or `{stem}.xlsx`, dates and numbers of a workbook formatted for
/// `lang`.
pub fn table_download(
    stem: &str,
    table: &Table,
    format: FileFormat,
    lang: Lang,
) -> AppResult<HttpResponse> {
    let body = table
        .write(format, lang)
        .map_err(|e| AppError::Internal(format!("xlsx: {e}")))?;
    Ok(download(
        &format!("{stem}.{}", format.extension()),
        format.content_type(),
        body,
    ))
}

/// A value as a JSON document.
pub fn json_response(value: &impl serde::Serialize) -> AppResult<HttpResponse> {
    let body = serde_json::to_vec(value).map_err(|e| AppError::Internal(format!("json: {e}")))?;
    Ok(HttpResponse::Ok()
        .content_type("application/json")
        .body(body))
}

/// The header that makes a response a file to save under `file_name`.
pub fn attachment(file_name: &str) -> header::ContentDisposition {
    let ascii: String = file_name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' {
                c
            } else {
                '_'
            }
        })
        .collect();
    header::ContentDisposition {
        disposition: header::DispositionType::Attachment,
        parameters: vec![
            header::DispositionParam::Filename(ascii),
            header::DispositionParam::FilenameExt(header::ExtendedValue {
                charset: header::Charset::Ext("UTF-8".to_owned()),
                language_tag: None,
                value: file_name.as_bytes().to_vec(),
            }),
        ],
    }
}

/// The answer to a form POST: on success a one-time notice and a 303 to the new location; otherwise
/// the same form again with the input kept (see `form_again`).
pub fn after_post<T, P: Template>(
    req: &HttpRequest,
    result: AppResult<T>,
    notice: &'static str,
    location: impl FnOnce(T) -> String,
    page: impl FnOnce(FormErrors) -> P,
) -> AppResult<HttpResponse> {
    match result {
        Ok(value) => {
            flash(req, notice);
            Ok(see_other(&location(value)))
        }
        Err(error) => form_again(error, page),
    }
}

/// After a button without a form to show again: its notice (`done`), or why it was refused, on the page
/// at `to`.
pub fn after_button(req: &HttpRequest, done: AppResult<Msg>, to: &str) -> AppResult<HttpResponse> {
    match done {
        Ok(msg) => flash_message(req, &msg),
        Err(AppError::Invalid(refusal)) => flash_refusal(req, &refusal),
        Err(other) => return Err(other),
    }
    Ok(see_other(to))
}

/// Whether a failed save shows its form again (`form_again`) rather than an error page.
pub fn shows_form_again(error: &AppError) -> bool {
    matches!(
        error,
        AppError::Invalid(_) | AppError::Conflict(_) | AppError::Unavailable(_)
    )
}

/// A form that was not saved, shown again with the input kept: with its refusals next to the fields
/// (422), with what someone else changed meanwhile (409), or — when the database was busy or
/// unreachable — saying nothing was saved and to send it again in a moment (503 with `Retry-After`).
/// Any other error is passed on.
pub fn form_again<P: Template>(
    error: AppError,
    page: impl FnOnce(FormErrors) -> P,
) -> AppResult<HttpResponse> {
    match error {
        AppError::Invalid(errors) => {
            page_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page(errors))
        }
        AppError::Conflict(changed) => page_with_status(StatusCode::CONFLICT, &page(changed)),
        AppError::Unavailable(reason) => {
            tracing::warn!(%reason, "a form was not saved: the database is unavailable");
            let busy = FormErrors::single(WHOLE_FORM, Msg::new("error-database-busy"));
            let mut answer = page_with_status(StatusCode::SERVICE_UNAVAILABLE, &page(busy))?;
            let (name, value) = retry_after();
            answer.headers_mut().insert(name, value);
            Ok(answer)
        }
        other => Err(other),
    }
}

/// The public address of `path` on this server, and a QR code (SVG markup, `size` pixels or more)
/// that leads there.
pub fn qr_link(base_url: &url::Url, path: &str, size: u32) -> AppResult<(String, String)> {
    let link = base_url
        .join(path)
        .map_err(|e| AppError::Internal(e.to_string()))?
        .to_string();
    let svg = qrcode::QrCode::new(link.as_bytes())
        .map_err(|e| AppError::Internal(e.to_string()))?
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(size, size)
        .build();
    // Inside an HTML page the SVG element alone: the XML declaration before it is not HTML.
    let svg = svg
        .find("<svg")
        .map_or(svg.clone(), |at| svg[at..].to_owned());
    Ok((link, svg))
}

/// A local path to go back to after login or a language switch; anything else becomes `/`.
pub fn local_path(next: &str) -> &str {
    // A path on this site, written in plain ASCII: a browser cleans tabs and line breaks out of a
    // location and reads a backslash as a slash, so anything else could lead off the site.
    let plain = next.bytes().all(|b| b.is_ascii_graphic() && b != b'\\');
    let is_local = plain && next.starts_with('/') && !next.starts_with("//");
    if is_local { next } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_paths_on_this_site_are_followed() {
        assert_eq!(local_path("/cohorts/3?x=1"), "/cohorts/3?x=1");
        assert_eq!(
            local_path("/cohorts/1/sessions?week=2#now"),
            "/cohorts/1/sessions?week=2#now"
        );
        for payload in [
            "//evil.example",
            "/\t/evil.example",
            "/\\evil.example",
            "/\u{0B}x",
            "/é",
        ] {
            assert_eq!(local_path(payload), "/", "{payload:?}");
        }
    }

    /// Every `next` a visitor can send: anything at all, and paths full of the characters that
    /// browsers read loosely.
    fn next_value() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            any::<String>(),
            "[/\\\\\t\n\r\x00-\x1f\x7f%a-z.:@#?\u{2215}\u{ff0f}]{0,16}",
            "/[/\\\\\t\x0b%a-z.:@]{0,16}",
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// Wherever `next` points, the browser lands on a path of this site.
        #[test]
        fn no_next_value_leads_off_the_site(next in next_value()) {
            let path = local_path(&next);
            proptest::prop_assert!(path.starts_with('/') && !path.starts_with("//"));
            let site = url::Url::parse("https://training.example.org/cohorts").unwrap();
            let landed = site.join(path).unwrap();
            proptest::prop_assert_eq!(landed.host_str(), Some("training.example.org"));
            proptest::prop_assert_eq!(landed.scheme(), "https");
        }
    }
}
