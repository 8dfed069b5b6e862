//! `include_errcodes!("x.yaml")` uses the crate's own `x.yaml` first and the shipped spec of
//! that name otherwise; a shipped catalog generated into a downstream crate is that crate's
//! own type, so it can implement the crate's own traits.

use errcodes::ErrorCode;
use errcodes_tests::{local_oauth, own_huiyan};

/// A downstream trait: implementing it on `errcodes::huiyan::WechatCode` would break the
/// orphan rule, on the crate's own copy it is allowed.
trait Severity {
    fn severity(self) -> &'static str;
}

impl Severity for own_huiyan::WechatCode {
    fn severity(self) -> &'static str {
        if self.is_success() {
            "ok"
        } else if self.is_retryable() {
            "warn"
        } else {
            "error"
        }
    }
}

#[test]
fn shipped_spec_is_used_when_the_crate_has_none() {
    let own = own_huiyan::WechatCode::from(2016);
    let shipped = errcodes::huiyan::WechatCode::from(2016);
    assert_eq!(own.message(), shipped.message());
    assert_eq!(own.name(), shipped.name());
    assert_eq!(
        own_huiyan::WechatCode::VARIANTS.len(),
        errcodes::huiyan::WechatCode::VARIANTS.len()
    );
    assert_eq!(own_huiyan::WechatCode::Success.severity(), "ok");
    assert_eq!(own_huiyan::WechatCode::from(4).severity(), "warn");
    assert_eq!(own_huiyan::WechatCode::from(2016).severity(), "error");
}

#[test]
fn the_crate_own_file_wins_over_a_shipped_spec() {
    assert_eq!(
        local_oauth::AuthCode::VARIANTS,
        &[local_oauth::AuthCode::LocalOnly]
    );
    assert_eq!(
        <local_oauth::AuthCode as ErrorCode>::CODE_SPACE
            .catalog
            .title,
        "Local override of oauth.yaml"
    );
    assert_eq!(errcodes::oauth::AuthCode::VARIANTS.len(), 10);
}
