//! Web plumbing shared by every route: state, the page context, authentication, CSRF, forms, error pages
//! and rendering.

pub mod actor;
pub mod archive;
pub mod assets;
pub mod auth;
pub mod csrf;
pub mod ctx;
pub mod errors;
pub mod fields;
pub mod form;
pub mod head;
pub mod phone;
pub mod render;
pub mod state;
pub mod throttle;
pub mod upload;
