// The catch-all's value is tied to its own enum: `Unlisted<Self>`, not another enum's.
use errcodes::ErrorCode;

pub enum Elsewhere {}

#[derive(ErrorCode)]
enum Code {
    #[errcode(code = 0, message = "ok")]
    Ok,
    Unknown(errcodes::Unlisted<Elsewhere>),
}

fn main() {}
