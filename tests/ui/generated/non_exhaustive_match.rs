// Generated enums and the runtime enums that may grow are `#[non_exhaustive]`: a new vendor
// code is a new variant in a minor release, so code outside the crate needs an arm `_`.
use errcodes::huiyan::DeviceInfoLevel;
use errcodes::Retry;

fn main() {
    let level = DeviceInfoLevel::from_code(1);
    let _ = match level {
        DeviceInfoLevel::LowRisk(_) | DeviceInfoLevel::HighRisk(_) | DeviceInfoLevel::Unknown(_) => 0,
    };
    let _ = match Retry::Never {
        Retry::Never | Retry::Transient | Retry::Throttled => 0,
        Retry::UserAction | Retry::RefreshCredentials => 1,
    };
}
