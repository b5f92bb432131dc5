//! Form bodies, parsed with `serde_html_form` so that repeated fields (checkboxes) become lists.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use serde::de::DeserializeOwned;

use crate::error::AppError;

/// The decoded body of a URL-encoded form.
pub struct Form<T>(pub T);

impl<T: DeserializeOwned + 'static> FromRequest for Form<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move { decode(&body.await.map_err(|_| AppError::BadRequest)?).map(Form) })
    }
}

/// A URL-encoded body as `T`; a body that does not read as one is a bad request.
fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, AppError> {
    serde_html_form::from_bytes(body).map_err(|_| AppError::BadRequest)
}

/// A form's decoded body and every field as sent, for inputs named at run time (`title-ru`).
pub struct FormFields<T>(pub T, pub Vec<(String, String)>);

impl<T: DeserializeOwned + 'static> FromRequest for FormFields<T> {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, AppError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            let body = body.await.map_err(|_| AppError::BadRequest)?;
            Ok(FormFields(decode(&body)?, decode(&body)?))
        })
    }
}
