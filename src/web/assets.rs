//! Static files, compiled into the binary so that it runs from any directory. Each URL carries a
//! version derived from the content, so browsers may keep them for a year.

use std::sync::LazyLock;

use actix_web::http::header;
use actix_web::{HttpResponse, web};

use crate::error::AppError;

struct Asset {
    name: &'static str,
    content_type: &'static str,
    body: &'static [u8],
}

const ASSETS: [Asset; 4] = [
    Asset {
        name: "style.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../../static/style.css"),
    },
    Asset {
        name: "favicon.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../../static/favicon.svg"),
    },
    Asset {
        name: "checkin.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../static/checkin.js"),
    },
    Asset {
        name: "local-time.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../../static/local-time.js"),
    },
];

/// A short content hash per asset, computed once.
static VERSIONS: LazyLock<Vec<String>> = LazyLock::new(|| {
    ASSETS
        .iter()
        .map(|asset| {
            // FNV-1a: tiny and stable across builds, which is all a cache-busting tag needs.
            let hash = asset.body.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
            });
            format!("{:08x}", hash as u32)
        })
        .collect()
});

/// `/static/NAME?v=VERSION`.
pub fn url(name: &str) -> String {
    match ASSETS.iter().position(|a| a.name == name) {
        Some(i) => format!("/static/{name}?v={}", VERSIONS[i]),
        None => format!("/static/{name}"),
    }
}

/// `GET /static/{name}`
pub async fn serve(name: web::Path<String>) -> Result<HttpResponse, AppError> {
    let asset = ASSETS
        .iter()
        .find(|a| a.name == name.as_str())
        .ok_or(AppError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type(asset.content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=31536000, immutable"))
        .body(asset.body))
}
