// A value that lies about its code cannot be built: the catch-all's `Unlisted` has no public
// constructor and belongs to one enum, and an `InRange` holds only codes in its range.
use errcodes::huiyan::{DeviceInfoLevel, SdkCode, WechatCode};
use errcodes::{InRange, Unlisted};

fn main() {
    // 0 is `WechatCode::Success`; it cannot be put in the catch-all.
    let _ = WechatCode::Unknown(Unlisted { code: 0 });
    let _ = WechatCode::Unknown(Unlisted::new(0));
    // An unknown code of one enum is not one of another.
    if let SdkCode::Unknown(unlisted) = SdkCode::from_code(-5) {
        let _ = WechatCode::Unknown(unlisted);
    }
    // 9 is not a device level of 0..=2.
    let _ = DeviceInfoLevel::LowRisk(InRange(9));
}
