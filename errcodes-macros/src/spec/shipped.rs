//! The specs shipped with errcodes, compiled in so that any crate can include them by name.
//! `errcodes-macros/specs` links to the workspace's `specs/`, so the files are part of this
//! package when it is published.

/// `(file name, text)` of every shipped spec.
pub const SHIPPED: &[(&str, &str)] = &[("huiyan.yaml", include_str!("../../specs/huiyan.yaml"))];
