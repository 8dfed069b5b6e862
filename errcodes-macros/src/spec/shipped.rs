//! The specs shipped with errcodes, embedded so any crate can include them by name.

/// `(file name, text)` of every shipped spec.
pub const SHIPPED: &[(&str, &str)] = &[];
