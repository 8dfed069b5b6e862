//! The specs shipped with errcodes, compiled in so that any crate can include them by name.
//! `errcodes-macros/specs` links to the workspace's `specs/`, so the files are part of this
//! package when it is published.

/// `(file name, text)` of every shipped spec.
pub const SHIPPED: &[(&str, &str)] = &[
    ("huiyan.yaml", include_str!("../../specs/huiyan.yaml")),
    (
        "huiyan_common.yaml",
        include_str!("../../specs/huiyan_common.yaml"),
    ),
    ("oauth.yaml", include_str!("../../specs/oauth.yaml")),
    (
        "open_platform.yaml",
        include_str!("../../specs/open_platform.yaml"),
    ),
    (
        "risk_control.yaml",
        include_str!("../../specs/risk_control.yaml"),
    ),
];
